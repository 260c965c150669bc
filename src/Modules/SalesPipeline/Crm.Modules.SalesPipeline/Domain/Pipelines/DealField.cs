namespace Crm.Modules.SalesPipeline.Domain.Pipelines;

/// <summary>The fields of a deal a stage may require before a deal enters it.</summary>
internal static class DealField
{
    public const string Amount = "amount";
    public const string ExpectedCloseDate = "expectedCloseDate";
    public const string Company = "company";
    public const string Contacts = "contacts";
    public const string NextStep = "nextStep";
    public const string Source = "source";

    public static IReadOnlyList<string> All { get; } = [Amount, ExpectedCloseDate, Company, Contacts, NextStep, Source];
}

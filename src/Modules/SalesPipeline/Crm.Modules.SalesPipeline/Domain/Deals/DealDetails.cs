using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Deals;

/// <summary>What a user writes on a deal, checked by <see cref="Deal"/>.</summary>
internal sealed record DealDetails(
    string? Name,
    Money? Amount,
    DateOnly? ExpectedCloseDate,
    Guid? CompanyId,
    IReadOnlyList<(Guid ContactId, ContactRole Role)> Contacts,
    string? Source,
    string? NextStep,
    ForecastCategory ForecastCategory);

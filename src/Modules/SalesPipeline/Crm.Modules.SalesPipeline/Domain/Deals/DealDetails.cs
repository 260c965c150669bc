using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;

namespace Crm.Modules.SalesPipeline.Domain.Deals;

/// <summary>
/// What a user writes on a deal, checked by <see cref="Deal"/>; <see cref="CustomFields"/> are already checked against
/// their definitions, and null keeps those the deal holds.
/// </summary>
internal sealed record DealDetails(
    string? Name,
    Money? Amount,
    DateOnly? ExpectedCloseDate,
    Guid? CompanyId,
    IReadOnlyList<(Guid ContactId, ContactRole Role)> Contacts,
    string? Source,
    string? NextStep,
    ForecastCategory ForecastCategory,
    CustomFieldValues? CustomFields = null);

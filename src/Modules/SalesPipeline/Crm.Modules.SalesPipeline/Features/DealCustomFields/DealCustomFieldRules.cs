using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;

namespace Crm.Modules.SalesPipeline.Features.DealCustomFields;

internal static class DealCustomFieldRules
{
    /// <summary>
    /// Deal fields are never unique: deals of one customer often share a reference (a tender, a framework contract),
    /// and imports, the reason contacts' unique fields exist, do not create deals.
    /// </summary>
    public static Result Check(CustomFieldSettings settings) => settings.IsUnique
        ? Error.Validation("custom_field.unique_not_supported", "A deal field cannot be unique: only contact and company fields can.")
        : Result.Success();
}

using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Features.Companies;

internal static class CompanyErrors
{
    public static Error NotFound(Guid id) => Error.NotFound("company.not_found", $"No company has the id {id}.");

    public static Error OwnerUnknown(Guid id) => Error.Validation("company.owner_unknown", $"No active user has the id {id}: a company's owner is an active user.");

    public static Error ParentUnknown(Guid id) => Error.Validation("company.parent_company_unknown", $"No company you can see has the id {id}.");

    public static Error ParentLoop() => Error.Validation("company.parent_company_loop", "A company cannot belong to itself or to one of its own subsidiaries.");

    public static Error HasSubsidiaries(string name) =>
        Error.Conflict("company.has_subsidiaries", $"{name} is the parent of other companies: give them another parent, or none, first.");
}

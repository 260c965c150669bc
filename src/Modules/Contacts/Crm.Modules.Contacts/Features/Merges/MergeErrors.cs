using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Features.Merges;

internal static class MergeErrors
{
    public static Error NotFound(Guid id) => Error.NotFound("merge.not_found", $"No merge into a contact you can see has the id {id}.");

    public static Error CompanyMergeNotFound(Guid id) => Error.NotFound("merge.not_found", $"No merge into a company you can see has the id {id}.");
}

using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Features;

internal static class ContactErrors
{
    public static Error OwnerUnknown(Guid id) => Error.Validation("contact.owner_unknown", $"No active user has the id {id}: a contact's owner is an active user.");

    public static Error NotFound(Guid id) => Error.NotFound("contact.not_found", $"No contact has the id {id}.");
}

using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Features;

internal static class ContactErrors
{
    public static Error NotFound(Guid id) => Error.NotFound("contact.not_found", $"No contact has the id {id}.");
}

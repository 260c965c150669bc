using Crm.Modules.Contacts.Domain.Contacts;

namespace Crm.Modules.Contacts.Features;

internal sealed record ContactResponse(
    Guid Id,
    string FirstName,
    string LastName,
    string? Email,
    Guid OwnerId,
    DateTimeOffset CreatedAtUtc,
    DateTimeOffset? UpdatedAtUtc,
    int Version)
{
    public static ContactResponse From(Contact contact) => new(
        contact.Id.Value,
        contact.FirstName,
        contact.LastName,
        contact.Email?.Value,
        contact.OwnerId,
        contact.CreatedAtUtc,
        contact.UpdatedAtUtc,
        contact.Version);
}

using Crm.Modules.Contacts.Domain.Common;
using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Contacts;

/// <summary>One of a contact's email addresses, with a free label ("work", "home") and whether it is the one to use.</summary>
internal sealed record ContactEmail
{
    private ContactEmail(string address, string? label, bool isPrimary)
    {
        Address = address;
        Label = label;
        IsPrimary = isPrimary;
    }

    public string Address { get; private init; }

    public string? Label { get; private init; }

    public bool IsPrimary { get; private init; }

    public static Result<ContactEmail> Create(string? address, string? label, bool isPrimary)
    {
        var email = EmailAddress.Create(address);
        if (!email.IsSuccess)
        {
            return email.Error;
        }

        var cleanLabel = ItemLabel.Clean(label);
        return cleanLabel.IsSuccess ? new ContactEmail(email.Value.Value, cleanLabel.Value, isPrimary) : cleanLabel.Error;
    }

    public ContactEmail MarkedPrimary() => this with { IsPrimary = true };
}

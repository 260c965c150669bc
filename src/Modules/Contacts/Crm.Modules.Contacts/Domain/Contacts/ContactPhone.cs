using Crm.Modules.Contacts.Domain.Common;
using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Contacts;

/// <summary>One of a contact's phone numbers, in E.164, with a free label ("mobile", "office") and whether it is the one to call.</summary>
internal sealed record ContactPhone
{
    private ContactPhone(string number, string? label, bool isPrimary)
    {
        Number = number;
        Label = label;
        IsPrimary = isPrimary;
    }

    public string Number { get; private init; }

    public string? Label { get; private init; }

    public bool IsPrimary { get; private init; }

    public static Result<ContactPhone> Create(PhoneNumber number, string? label, bool isPrimary)
    {
        var cleanLabel = ItemLabel.Clean(label);
        return cleanLabel.IsSuccess ? new ContactPhone(number.Value, cleanLabel.Value, isPrimary) : cleanLabel.Error;
    }

    public ContactPhone MarkedPrimary() => this with { IsPrimary = true };
}

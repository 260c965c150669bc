using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Contacts;

/// <summary>A person the company deals with.</summary>
internal sealed class Contact : AggregateRoot<ContactId>
{
    public const int NameMaxLength = 100;

    private Contact(ContactId id, string firstName, string lastName, EmailAddress? email, Guid ownerId, DateTimeOffset createdAtUtc)
        : base(id)
    {
        OwnerId = ownerId;
        FirstName = firstName;
        LastName = lastName;
        Email = email;
        CreatedAtUtc = createdAtUtc;
    }

    [PersonalData]
    public string FirstName { get; private set; }

    [PersonalData]
    public string LastName { get; private set; }

    [PersonalData]
    public EmailAddress? Email { get; private set; }

    /// <summary>The user responsible for the contact; who else sees it follows from the visibility rules.</summary>
    public Guid OwnerId { get; private set; }

    public DateTimeOffset CreatedAtUtc { get; private init; }

    public DateTimeOffset? UpdatedAtUtc { get; private set; }

    public static Result<Contact> Create(string firstName, string lastName, string? email, Guid ownerId, DateTimeOffset now)
    {
        var details = ValidateDetails(firstName, lastName, email);
        if (!details.IsSuccess)
        {
            return details.Error;
        }

        var (first, last, address) = details.Value;
        var createdAt = now.ToStoredPrecision();
        var contact = new Contact(ContactId.New(), first, last, address, ownerId, createdAt);
        contact.Raise(new ContactCreated(contact.Id, createdAt));
        return contact;
    }

    public void AssignOwner(Guid ownerId, DateTimeOffset now)
    {
        if (ownerId != OwnerId)
        {
            OwnerId = ownerId;
            UpdatedAtUtc = now.ToStoredPrecision();
        }
    }

    public Result UpdateDetails(string firstName, string lastName, string? email, DateTimeOffset now)
    {
        var details = ValidateDetails(firstName, lastName, email);
        if (!details.IsSuccess)
        {
            return details.Error;
        }

        (FirstName, LastName, Email) = details.Value;
        UpdatedAtUtc = now.ToStoredPrecision();
        return Result.Success();
    }

    private static Result<(string First, string Last, EmailAddress? Email)> ValidateDetails(string firstName, string lastName, string? email)
    {
        var first = firstName?.Trim() ?? string.Empty;
        var last = lastName?.Trim() ?? string.Empty;
        if (first.Length == 0 && last.Length == 0)
        {
            return Error.Validation("contact.name_required", "A contact needs a first name or a last name.");
        }

        if (first.Length > NameMaxLength || last.Length > NameMaxLength)
        {
            return Error.Validation("contact.name_too_long", $"First and last names hold at most {NameMaxLength} characters.");
        }

        if (string.IsNullOrWhiteSpace(email))
        {
            return (first, last, null);
        }

        var address = EmailAddress.Create(email);
        return address.IsSuccess ? (first, last, address.Value) : address.Error;
    }
}

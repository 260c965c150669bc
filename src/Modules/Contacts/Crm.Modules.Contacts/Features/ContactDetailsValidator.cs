using Crm.Modules.Contacts.Domain.Contacts;
using FluentValidation;

namespace Crm.Modules.Contacts.Features;

/// <summary>The details a person types for a contact, in a command that creates or changes one.</summary>
internal interface IContactDetails
{
    string? FirstName { get; }

    string? LastName { get; }

    string? Email { get; }
}

/// <summary>Field-level checks on contact details, so a form can show each error beside its field.</summary>
internal abstract class ContactDetailsValidator<T> : AbstractValidator<T>
    where T : IContactDetails
{
    protected ContactDetailsValidator()
    {
        RuleFor(c => c.FirstName).MaximumLength(Contact.NameMaxLength);
        RuleFor(c => c.LastName).MaximumLength(Contact.NameMaxLength);
        RuleFor(c => c.LastName).NotEmpty().When(c => string.IsNullOrWhiteSpace(c.FirstName))
            .WithMessage("Give a first name or a last name.");
        RuleFor(c => c.Email).MaximumLength(EmailAddress.MaxLength);
    }
}

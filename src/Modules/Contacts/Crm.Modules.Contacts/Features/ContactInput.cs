using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Features.Common;
using Crm.Shared.Kernel;
using FluentValidation;

namespace Crm.Modules.Contacts.Features;

internal sealed record EmailInput(string? Address, string? Label, bool IsPrimary);

internal sealed record PhoneInput(string? Number, string? Label, bool IsPrimary);

internal sealed record CompanyLinkInput(Guid CompanyId, string? Role, bool IsPrimary);

/// <summary>The details a person types for a contact, in a command that creates or changes one.</summary>
internal interface IContactDetails
{
    string? FirstName { get; }

    string? LastName { get; }

    string? JobTitle { get; }

    IReadOnlyList<EmailInput>? Emails { get; }

    IReadOnlyList<PhoneInput>? Phones { get; }

    IReadOnlyList<CompanyLinkInput>? Companies { get; }

    AddressInput? Address { get; }

    LifecycleStage? LifecycleStage { get; }

    string? Source { get; }

    IReadOnlyList<string>? Tags { get; }
}

/// <summary>Field-level checks on contact details, so a form can show each error beside its field (<c>phones[1].number</c>).</summary>
internal abstract class ContactDetailsValidator<T> : AbstractValidator<T>
    where T : IContactDetails
{
    protected ContactDetailsValidator(PhoneNumberReader phones)
    {
        RuleFor(c => c.FirstName).MaximumLength(ContactDetails.NameMaxLength);
        RuleFor(c => c.LastName).MaximumLength(ContactDetails.NameMaxLength);
        RuleFor(c => c.LastName).NotEmpty().When(c => string.IsNullOrWhiteSpace(c.FirstName))
            .WithMessage("Give a first name or a last name.");
        RuleFor(c => c.JobTitle).MaximumLength(ContactDetails.JobTitleMaxLength);
        RuleFor(c => c.Source).MaximumLength(ContactDetails.SourceMaxLength);
        RuleFor(c => c.LifecycleStage).IsInEnum();
        RuleFor(c => c.Emails!.Count).LessThanOrEqualTo(PrimaryItems.MaxCount).When(c => c.Emails is not null).OverridePropertyName("Emails");
        RuleForEach(c => c.Emails).NotNull().WithMessage("Give an address or leave the row out.");
        RuleForEach(c => c.Phones).NotNull().WithMessage("Give a number or leave the row out.");
        RuleForEach(c => c.Companies).NotNull().WithMessage("Give a company or leave the row out.");
        RuleForEach(c => c.Tags).NotNull().WithMessage("Give a tag or leave it out.");
        RuleForEach(c => c.Emails).ChildRules(email =>
        {
            email.RuleFor(e => e.Address).Must(a => EmailAddress.Create(a).IsSuccess).WithMessage(e => $"'{e.Address}' is not a valid email address.");
            email.RuleFor(e => e.Label).MaximumLength(ItemLabel.MaxLength);
        });
        RuleFor(c => c.Phones!.Count).LessThanOrEqualTo(PrimaryItems.MaxCount).When(c => c.Phones is not null).OverridePropertyName("Phones");
        RuleForEach(c => c.Phones).ChildRules(phone =>
        {
            phone.RuleFor(p => p.Number).Must(n => phones.Normalise(n).IsSuccess).WithMessage(p => phones.Normalise(p.Number).Error!.Message);
            phone.RuleFor(p => p.Label).MaximumLength(ItemLabel.MaxLength);
        });
        RuleFor(c => c.Companies!.Count).LessThanOrEqualTo(PrimaryItems.MaxCount).When(c => c.Companies is not null).OverridePropertyName("Companies");
        RuleForEach(c => c.Companies).ChildRules(link => link.RuleFor(l => l.Role).MaximumLength(ContactCompany.RoleMaxLength));
        RuleFor(c => c.Address!).SetValidator(new AddressInputValidator()).When(c => c.Address is not null);
        RuleForEach(c => c.Tags).Must(t => Tags.Normalise(t).Length <= Tags.MaxLength)
            .WithMessage($"A tag holds at most {Tags.MaxLength} characters.");
    }
}

/// <summary>Turns what was typed into checked domain details: phone numbers read into E.164, blanks dropped.</summary>
internal sealed class ContactDetailsReader(PhoneNumberReader phoneNumbers)
{
    public Result<ContactDetails> Read(IContactDetails input)
    {
        var emails = new List<ContactEmail>();
        foreach (var email in input.Emails ?? [])
        {
            var created = ContactEmail.Create(email.Address, email.Label, email.IsPrimary);
            if (!created.IsSuccess)
            {
                return created.Error;
            }

            emails.Add(created.Value);
        }

        var phones = new List<ContactPhone>();
        foreach (var phone in input.Phones ?? [])
        {
            var number = phoneNumbers.Normalise(phone.Number);
            var created = number.IsSuccess ? ContactPhone.Create(number.Value, phone.Label, phone.IsPrimary) : number.Error;
            if (!created.IsSuccess)
            {
                return created.Error;
            }

            phones.Add(created.Value);
        }

        var companies = new List<ContactCompany>();
        foreach (var link in input.Companies ?? [])
        {
            var created = ContactCompany.Create(new CompanyId(link.CompanyId), link.Role, link.IsPrimary);
            if (!created.IsSuccess)
            {
                return created.Error;
            }

            companies.Add(created.Value);
        }

        var address = AddressInput.Read(input.Address);
        if (!address.IsSuccess)
        {
            return address.Error;
        }

        return ContactDetails.Create(
            input.FirstName,
            input.LastName,
            input.JobTitle,
            emails,
            phones,
            companies,
            address.Value,
            input.LifecycleStage ?? LifecycleStage.Lead,
            input.Source,
            input.Tags ?? []);
    }
}

using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Features.Common;
using Crm.Shared.Kernel;
using FluentValidation;

namespace Crm.Modules.Contacts.Features.Companies;

/// <summary>The details a person types for a company, in a command that creates or changes one.</summary>
internal interface ICompanyDetails
{
    string? Name { get; }

    IReadOnlyList<string>? Domains { get; }

    string? Industry { get; }

    CompanySize? Size { get; }

    string? Siren { get; }

    string? Siret { get; }

    string? VatNumber { get; }

    AddressInput? Address { get; }

    string? Phone { get; }

    string? Website { get; }

    IReadOnlyList<string>? Tags { get; }
}

/// <summary>Field-level checks on company details, so a form can show each error beside its field.</summary>
internal abstract class CompanyDetailsValidator<T> : AbstractValidator<T>
    where T : ICompanyDetails
{
    protected CompanyDetailsValidator(PhoneNumberReader phones)
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("Give the company's name.").MaximumLength(CompanyDetails.NameMaxLength);
        RuleFor(c => c.Industry).MaximumLength(CompanyDetails.IndustryMaxLength);
        RuleFor(c => c.Size).IsInEnum();
        RuleForEach(c => c.Domains).NotNull().WithMessage("Give a domain or leave it out.");
        RuleForEach(c => c.Tags).NotNull().WithMessage("Give a tag or leave it out.");
        RuleForEach(c => c.Domains).Must(d => WebDomain.Clean(d).IsSuccess).WithMessage((_, d) => WebDomain.Clean(d).Error!.Message);
        RuleFor(c => c.Siren).Must(s => Siren.Create(s).IsSuccess).When(c => !string.IsNullOrWhiteSpace(c.Siren))
            .WithMessage(c => Siren.Create(c.Siren).Error!.Message);
        RuleFor(c => c.Siret).Must(s => Siret.Create(s).IsSuccess).When(c => !string.IsNullOrWhiteSpace(c.Siret))
            .WithMessage(c => Siret.Create(c.Siret).Error!.Message);
        RuleFor(c => c.VatNumber).Must(v => VatNumber.Create(v).IsSuccess).When(c => !string.IsNullOrWhiteSpace(c.VatNumber))
            .WithMessage(c => VatNumber.Create(c.VatNumber).Error!.Message);
        RuleFor(c => c.Phone).Must(p => phones.Normalise(p).IsSuccess).When(c => !string.IsNullOrWhiteSpace(c.Phone))
            .WithMessage(c => phones.Normalise(c.Phone).Error!.Message);
        RuleFor(c => c.Website).MaximumLength(CompanyDetails.WebsiteMaxLength);
        RuleFor(c => c.Address!).SetValidator(new AddressInputValidator()).When(c => c.Address is not null);
        RuleForEach(c => c.Tags).Must(t => Tags.Normalise(t).Length <= Tags.MaxLength)
            .WithMessage($"A tag holds at most {Tags.MaxLength} characters.");
    }
}

/// <summary>Turns what was typed into checked domain details: identifiers compacted, the phone number read into E.164.</summary>
internal sealed class CompanyDetailsReader(PhoneNumberReader phoneNumbers)
{
    public Result<CompanyDetails> Read(ICompanyDetails input)
    {
        var siren = Optional(input.Siren, Siren.Create);
        var siret = Optional(input.Siret, Siret.Create);
        var vat = Optional(input.VatNumber, VatNumber.Create);
        var phone = Optional(input.Phone, phoneNumbers.Normalise);
        var address = AddressInput.Read(input.Address);
        var failed = new Result[] { siren, siret, vat, phone, address }.FirstOrDefault(r => !r.IsSuccess);
        if (failed is not null)
        {
            return failed.Error!;
        }

        return CompanyDetails.Create(
            input.Name,
            input.Domains ?? [],
            input.Industry,
            input.Size,
            siren.Value,
            siret.Value,
            vat.Value,
            address.Value,
            phone.Value,
            input.Website,
            input.Tags ?? []);
    }

    private static Result<T?> Optional<T>(string? typed, Func<string, Result<T>> create)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return Result<T?>.Success(null);
        }

        var created = create(typed);
        return created.IsSuccess ? created.Value : created.Error;
    }
}

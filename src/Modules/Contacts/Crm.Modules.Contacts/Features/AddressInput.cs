using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Features.Common;
using Crm.Shared.Kernel;
using FluentValidation;

namespace Crm.Modules.Contacts.Features;

/// <summary>A postal address as typed; every part is optional.</summary>
internal sealed record AddressInput(string? Street, string? PostalCode, string? City, string? Region, string? CountryCode)
{
    public static Result<PostalAddress> Read(AddressInput? a) =>
        a is null ? PostalAddress.None : PostalAddress.Create(a.Street, a.PostalCode, a.City, a.Region, a.CountryCode);
}

internal sealed class AddressInputValidator : AbstractValidator<AddressInput>
{
    public AddressInputValidator()
    {
        RuleFor(a => a.Street).MaximumLength(PostalAddress.LineMaxLength);
        RuleFor(a => a.PostalCode).MaximumLength(PostalAddress.PartMaxLength);
        RuleFor(a => a.City).MaximumLength(PostalAddress.PartMaxLength);
        RuleFor(a => a.Region).MaximumLength(PostalAddress.PartMaxLength);
        RuleFor(a => a.CountryCode).Must(PhoneNumberReader.IsKnownRegion).When(a => !string.IsNullOrWhiteSpace(a.CountryCode))
            .WithMessage(a => $"'{a.CountryCode}' is not a known two-letter country code (FR, BE, CH…).");
    }
}

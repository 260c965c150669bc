using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Shared.Kernel;

namespace Crm.Benchmarks;

/// <summary>
/// Companies built through the module's own factories: a French or English company name, a domain made from it, a
/// SIREN with a right check digit, a landline, a city, a size and an industry, owned by the given user.
/// </summary>
internal sealed class CompanyGenerator(SeedFakers fakers, Guid ownerId)
{
    private static readonly DateTimeOffset Reference = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly CompanySize[] Sizes = Enum.GetValues<CompanySize>();

    public Company Next()
    {
        var (faker, isFrench) = fakers.NextLocale();
        var name = faker.Company.CompanyName();
        var domain = ContactGenerator.Slug(name).Replace(".", string.Empty, StringComparison.Ordinal).Trim('-') + (isFrench ? ".fr" : ".com");
        var details = CompanyDetails.Create(
            name,
            [SeedValues.Value(WebDomain.Clean(domain), "domain")],
            fakers.Pick(SeedValues.Industries),
            fakers.Pick(Sizes),
            isFrench ? SeedValues.Value(Siren.Create(FrenchNumbers.Siren(fakers)), "SIREN") : null,
            null,
            null,
            SeedValues.Value(PostalAddress.Create(null, null, faker.Address.City(), null, isFrench ? "FR" : "GB"), "address"),
            SeedValues.Value(PhoneNumber.FromE164(FrenchNumbers.Landline(fakers)), "phone"),
            null,
            []);
        var createdAt = Reference.AddSeconds(-fakers.Random.Next(3 * 365 * 24 * 3600));
        return Company.Create(SeedValues.Value(details, "company"), null, ownerId, createdAt);
    }
}

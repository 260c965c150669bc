using System.Text;
using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Persistence.Search;

namespace Crm.Benchmarks;

/// <summary>
/// Contacts built through the module's own factories, as the API builds them: a French or English name, one email
/// (one in five has two), one French mobile, a job title three times in five, a city, a lifecycle stage, the given
/// owner, and two in five linked to one of the seeded companies.
/// </summary>
internal sealed class ContactGenerator(SeedFakers fakers, Guid ownerId, IReadOnlyList<CompanyId> companies, IReadOnlyDictionary<CompanyId, string> companyDomains)
{
    private static readonly DateTimeOffset Reference = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly (LifecycleStage Stage, int Weight)[] Stages =
    [
        (LifecycleStage.Subscriber, 15), (LifecycleStage.Lead, 40), (LifecycleStage.MarketingQualified, 10), (LifecycleStage.SalesQualified, 8),
        (LifecycleStage.Opportunity, 7), (LifecycleStage.Customer, 15), (LifecycleStage.Evangelist, 2), (LifecycleStage.Other, 3),
    ];

    public Contact Next()
    {
        var (faker, isFrench) = fakers.NextLocale();
        var first = faker.Name.FirstName();
        var last = faker.Name.LastName();
        var company = companies.Count > 0 && fakers.Chance(0.4) ? companies[fakers.Random.Next(companies.Count)] : (CompanyId?)null;

        List<ContactEmail> emails = [SeedValues.Value(ContactEmail.Create(Email(first, last, company), "work", isPrimary: true), "email")];
        if (fakers.Chance(0.2))
        {
            var second = $"{Slug(first)[..1]}{Slug(last)}{fakers.Digits(2)}@{fakers.Pick(SeedValues.MailProviders)}";
            emails.Add(SeedValues.Value(ContactEmail.Create(second, "home", isPrimary: false), "email"));
        }

        var phone = SeedValues.Value(PhoneNumber.FromE164(FrenchNumbers.Mobile(fakers)), "phone");
        var details = ContactDetails.Create(
            first,
            last,
            fakers.Chance(0.6) ? faker.Name.JobTitle() : null,
            emails,
            [SeedValues.Value(ContactPhone.Create(phone, "mobile", isPrimary: true), "phone")],
            company is { } id ? [SeedValues.Value(ContactCompany.Create(id, fakers.Pick(SeedValues.Roles), isPrimary: true), "company link")] : [],
            SeedValues.Value(PostalAddress.Create(null, null, faker.Address.City(), null, isFrench ? "FR" : "GB"), "address"),
            NextStage(),
            fakers.Chance(0.5) ? fakers.Pick(SeedValues.Sources) : null,
            fakers.Chance(0.2) ? [fakers.Pick(SeedValues.Tags)] : []);
        var createdAt = Reference.AddSeconds(-fakers.Random.Next(3 * 365 * 24 * 3600));
        return Contact.Create(SeedValues.Value(details, "contact"), ownerId, createdAt);
    }

    /// <summary>"jean-pierre.le-gall" from "Jean-Pierre" and "Le Gall": the module's normalisation, spaces as hyphens.</summary>
    public static string Slug(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in SearchText.Normalise(name))
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '.')
            {
                builder.Append(c);
            }
            else if (c == ' ')
            {
                builder.Append('-');
            }
        }

        return builder.Length > 0 ? builder.ToString() : "x";
    }

    private string Email(string first, string last, CompanyId? company)
    {
        var domain = company is { } id && companyDomains.TryGetValue(id, out var own) ? own : fakers.Pick(SeedValues.MailProviders);
        var suffix = fakers.Chance(0.3) ? fakers.Digits(2) : string.Empty;
        return $"{Slug(first)}.{Slug(last)}{suffix}@{domain}";
    }

    private LifecycleStage NextStage()
    {
        var roll = fakers.Random.Next(100);
        foreach (var (stage, weight) in Stages)
        {
            if (roll < weight)
            {
                return stage;
            }

            roll -= weight;
        }

        return LifecycleStage.Lead;
    }
}

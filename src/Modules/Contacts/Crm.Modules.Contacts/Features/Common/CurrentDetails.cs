using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Features.Common;

/// <summary>A contact's or a company's details as they are, to change one thing and keep the rest.</summary>
internal static class CurrentDetails
{
    public static Result<ContactDetails> Of(
        Contact c,
        LifecycleStage? stage = null,
        Optional<string?> source = default,
        IReadOnlyList<string>? tags = null,
        IReadOnlyList<ContactCompany>? companies = null) =>
        ContactDetails.Create(
            c.FirstName,
            c.LastName,
            c.JobTitle,
            c.Emails,
            c.Phones,
            companies ?? c.Companies,
            c.Address,
            stage ?? c.LifecycleStage,
            source.HasValue ? source.Value : c.Source,
            tags ?? c.Tags);

    public static Result<CompanyDetails> Of(Company c, IReadOnlyList<string>? tags = null) =>
        CompanyDetails.Create(c.Name, c.Domains, c.Industry, c.Size, c.Siren, c.Siret, c.VatNumber, c.Address, c.Phone, c.Website, tags ?? c.Tags);
}

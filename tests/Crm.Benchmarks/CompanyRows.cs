using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Persistence.Search;
using Npgsql;
using NpgsqlTypes;

namespace Crm.Benchmarks;

/// <summary>Companies as rows of <c>contacts.companies</c>, column for column as EF Core writes them, search columns from <see cref="SearchText"/>.</summary>
internal static class CompanyRows
{
    public const string Copy =
        "COPY contacts.companies (id, name, industry, size, siren, siret, vat_number, phone, website, parent_company_id, owner_id, "
        + "created_at_utc, updated_at_utc, domains, tags, address_city, address_country_code, address_postal_code, address_region, "
        + "address_street, version, search_name, search_text) FROM STDIN (FORMAT BINARY)";

    public static async Task WriteAsync(NpgsqlBinaryImporter importer, Company company, CancellationToken cancellationToken)
    {
        await importer.StartRowAsync(cancellationToken);
        await importer.WriteUuidAsync(company.Id.Value, cancellationToken);
        await importer.WriteTextAsync(company.Name, cancellationToken);
        await importer.WriteTextAsync(company.Industry, cancellationToken);
        await importer.WriteTextAsync(company.Size?.ToString(), cancellationToken);
        await importer.WriteTextAsync(company.Siren?.Value, cancellationToken);
        await importer.WriteTextAsync(company.Siret?.Value, cancellationToken);
        await importer.WriteTextAsync(company.VatNumber?.Value, cancellationToken);
        await importer.WriteTextAsync(company.Phone?.Value, cancellationToken);
        await importer.WriteTextAsync(company.Website, cancellationToken);
        await importer.WriteUuidAsync(company.ParentCompanyId?.Value, cancellationToken);
        await importer.WriteUuidAsync(company.OwnerId, cancellationToken);
        await importer.WriteTimeAsync(company.CreatedAtUtc, cancellationToken);
        await importer.WriteTimeAsync(company.UpdatedAtUtc, cancellationToken);
        await importer.WriteTextArrayAsync(company.Domains, cancellationToken);
        await importer.WriteTextArrayAsync(company.Tags, cancellationToken);
        await importer.WriteTextAsync(company.Address.City, cancellationToken);
        await importer.WriteTextAsync(company.Address.CountryCode, cancellationToken);
        await importer.WriteTextAsync(company.Address.PostalCode, cancellationToken);
        await importer.WriteTextAsync(company.Address.Region, cancellationToken);
        await importer.WriteTextAsync(company.Address.Street, cancellationToken);
        await importer.WriteAsync(1, NpgsqlDbType.Integer, cancellationToken); // EF's save interceptor sets 1 on insert.
        await importer.WriteTextAsync(SearchText.NameForCompany(company), cancellationToken);
        await importer.WriteTextAsync(SearchText.ForCompany(company), cancellationToken);
    }
}

using System.Text.Json;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Persistence.Search;
using Npgsql;
using NpgsqlTypes;

namespace Crm.Benchmarks;

/// <summary>
/// Contacts as rows of <c>contacts.contacts</c> and <c>contacts.contact_companies</c>, column for column as EF Core
/// writes them: emails and phones as JSON arrays of their PascalCase properties, tags as <c>text[]</c>, enum names,
/// version 1, and the search columns from the module's <see cref="SearchText"/>.
/// </summary>
internal static class ContactRows
{
    public const string ContactsCopy =
        "COPY contacts.contacts (id, first_name, last_name, created_at_utc, updated_at_utc, version, owner_id, address_city, "
        + "address_country_code, address_postal_code, address_region, address_street, emails, job_title, lifecycle_stage, phones, "
        + "source, tags, search_name, search_text) FROM STDIN (FORMAT BINARY)";

    public const string LinksCopy = "COPY contacts.contact_companies (company_id, role, is_primary, contact_id) FROM STDIN (FORMAT BINARY)";

    public static async Task WriteAsync(NpgsqlBinaryImporter importer, Contact contact, CancellationToken cancellationToken)
    {
        await importer.StartRowAsync(cancellationToken);
        await importer.WriteUuidAsync(contact.Id.Value, cancellationToken);
        await importer.WriteTextAsync(contact.FirstName, cancellationToken);
        await importer.WriteTextAsync(contact.LastName, cancellationToken);
        await importer.WriteTimeAsync(contact.CreatedAtUtc, cancellationToken);
        await importer.WriteTimeAsync(contact.UpdatedAtUtc, cancellationToken);
        await importer.WriteAsync(1, NpgsqlDbType.Integer, cancellationToken); // EF's save interceptor sets 1 on insert.
        await importer.WriteUuidAsync(contact.OwnerId, cancellationToken);
        await importer.WriteTextAsync(contact.Address.City, cancellationToken);
        await importer.WriteTextAsync(contact.Address.CountryCode, cancellationToken);
        await importer.WriteTextAsync(contact.Address.PostalCode, cancellationToken);
        await importer.WriteTextAsync(contact.Address.Region, cancellationToken);
        await importer.WriteTextAsync(contact.Address.Street, cancellationToken);
        await importer.WriteAsync(JsonSerializer.Serialize(contact.Emails), NpgsqlDbType.Jsonb, cancellationToken);
        await importer.WriteTextAsync(contact.JobTitle, cancellationToken);
        await importer.WriteTextAsync(contact.LifecycleStage.ToString(), cancellationToken);
        await importer.WriteAsync(JsonSerializer.Serialize(contact.Phones), NpgsqlDbType.Jsonb, cancellationToken);
        await importer.WriteTextAsync(contact.Source, cancellationToken);
        await importer.WriteTextArrayAsync(contact.Tags, cancellationToken);
        await importer.WriteTextAsync(SearchText.NameForContact(contact), cancellationToken);
        await importer.WriteTextAsync(SearchText.ForContact(contact), cancellationToken);
    }

    public static async Task WriteLinkAsync(NpgsqlBinaryImporter importer, Guid contactId, ContactCompany link, CancellationToken cancellationToken)
    {
        await importer.StartRowAsync(cancellationToken);
        await importer.WriteUuidAsync(link.CompanyId.Value, cancellationToken);
        await importer.WriteTextAsync(link.Role, cancellationToken);
        await importer.WriteAsync(link.IsPrimary, NpgsqlDbType.Boolean, cancellationToken);
        await importer.WriteUuidAsync(contactId, cancellationToken);
    }
}

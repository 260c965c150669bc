using System.Text.Json;
using Crm.Modules.Contacts.Domain.Contacts;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Crm.Modules.Contacts.Persistence.Imports;

/// <summary>
/// Writes new contacts to PostgreSQL by binary COPY, inside the context's current transaction: column for column as EF
/// Core writes them (emails and phones as JSON arrays of their PascalCase properties, tags as <c>text[]</c>, enum names,
/// version 1, the search and match columns). An import's contacts go this way (saving them one by one through EF runs
/// at a few percent of COPY's speed), and the benchmarks' seeding.
/// </summary>
internal static class ContactCopy
{
    private const string ContactsCopy =
        "COPY contacts.contacts (id, first_name, last_name, created_at_utc, updated_at_utc, version, owner_id, address_city, "
        + "address_country_code, address_postal_code, address_region, address_street, emails, job_title, lifecycle_stage, phones, "
        + "source, tags, search_name, search_text, email_key, phone_key, external_id, import_id, custom_fields) FROM STDIN (FORMAT BINARY)";

    private const string LinksCopy = "COPY contacts.contact_companies (company_id, role, is_primary, contact_id) FROM STDIN (FORMAT BINARY)";

    public static Task WriteAsync(ContactsDbContext db, IReadOnlyList<Contact> contacts, CancellationToken cancellationToken) =>
        WriteAsync((NpgsqlConnection)db.Database.GetDbConnection(), contacts, cancellationToken);

    public static async Task WriteAsync(NpgsqlConnection connection, IReadOnlyList<Contact> contacts, CancellationToken cancellationToken)
    {
        if (contacts.Count == 0)
        {
            return;
        }

        // The texts cost more to make than to send: made on every core first, so that COPY then streams.
        var rows = contacts.AsParallel().AsOrdered().Select(ContactRow.Of).ToList();
        await using (var importer = await connection.BeginBinaryImportAsync(ContactsCopy, cancellationToken))
        {
            foreach (var row in rows)
            {
                await WriteAsync(importer, row, cancellationToken);
            }

            await importer.CompleteAsync(cancellationToken);
        }

        if (!contacts.Any(c => c.Companies.Count > 0))
        {
            return;
        }

        await using (var importer = await connection.BeginBinaryImportAsync(LinksCopy, cancellationToken))
        {
            foreach (var contact in contacts)
            {
                foreach (var link in contact.Companies)
                {
                    await importer.StartRowAsync(cancellationToken);
                    await importer.WriteAsync(link.CompanyId.Value, NpgsqlDbType.Uuid, cancellationToken);
                    await importer.WriteTextAsync(link.Role, cancellationToken);
                    await importer.WriteAsync(link.IsPrimary, NpgsqlDbType.Boolean, cancellationToken);
                    await importer.WriteAsync(contact.Id.Value, NpgsqlDbType.Uuid, cancellationToken);
                }
            }

            await importer.CompleteAsync(cancellationToken);
        }
    }

    private static async Task WriteAsync(NpgsqlBinaryImporter importer, ContactRow row, CancellationToken cancellationToken)
    {
        var contact = row.Contact;
        await importer.StartRowAsync(cancellationToken);
        await importer.WriteAsync(contact.Id.Value, NpgsqlDbType.Uuid, cancellationToken);
        await importer.WriteTextAsync(contact.FirstName, cancellationToken);
        await importer.WriteTextAsync(contact.LastName, cancellationToken);
        await importer.WriteAsync(contact.CreatedAtUtc, NpgsqlDbType.TimestampTz, cancellationToken);
        await importer.WriteNullAsync(cancellationToken);
        await importer.WriteAsync(1, NpgsqlDbType.Integer, cancellationToken); // As EF's save interceptor sets on insert.
        await importer.WriteAsync(contact.OwnerId, NpgsqlDbType.Uuid, cancellationToken);
        await importer.WriteTextAsync(contact.Address.City, cancellationToken);
        await importer.WriteTextAsync(contact.Address.CountryCode, cancellationToken);
        await importer.WriteTextAsync(contact.Address.PostalCode, cancellationToken);
        await importer.WriteTextAsync(contact.Address.Region, cancellationToken);
        await importer.WriteTextAsync(contact.Address.Street, cancellationToken);
        await importer.WriteAsync(row.Emails, NpgsqlDbType.Jsonb, cancellationToken);
        await importer.WriteTextAsync(contact.JobTitle, cancellationToken);
        await importer.WriteTextAsync(contact.LifecycleStage.ToString(), cancellationToken);
        await importer.WriteAsync(row.Phones, NpgsqlDbType.Jsonb, cancellationToken);
        await importer.WriteTextAsync(contact.Source, cancellationToken);
        await importer.WriteAsync(contact.Tags.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
        await importer.WriteTextAsync(row.SearchName, cancellationToken);
        await importer.WriteTextAsync(row.SearchText, cancellationToken);
        await importer.WriteTextAsync(MatchColumns.EmailOf(contact), cancellationToken);
        await importer.WriteTextAsync(MatchColumns.PhoneOf(contact), cancellationToken);
        await importer.WriteTextAsync(contact.ExternalId, cancellationToken);
        if (contact.ImportId is { } importId)
        {
            await importer.WriteAsync(importId.Value, NpgsqlDbType.Uuid, cancellationToken);
        }
        else
        {
            await importer.WriteNullAsync(cancellationToken);
        }

        await importer.WriteAsync(contact.CustomFields.Json, NpgsqlDbType.Jsonb, cancellationToken);
    }

    private static Task WriteTextAsync(this NpgsqlBinaryImporter importer, string? value, CancellationToken cancellationToken) =>
        value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, NpgsqlDbType.Varchar, cancellationToken);

    private sealed record ContactRow(Contact Contact, string Emails, string Phones, string SearchName, string SearchText)
    {
        public static ContactRow Of(Contact contact) => new(
            contact,
            JsonSerializer.Serialize(contact.Emails),
            JsonSerializer.Serialize(contact.Phones),
            Search.SearchText.NameForContact(contact),
            Search.SearchText.ForContact(contact));
    }
}

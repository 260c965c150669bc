using System.Text.Json;
using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Persistence.Search;
using Npgsql;

namespace Crm.Benchmarks;

/// <summary>
/// Proves the seeded rows look like the application's own: creates one contact through the API, builds the same
/// contact with the factories the seeding uses, and compares the stored JSON, tags, stage, version and search columns
/// with what the COPY would have written. The reference contact stays (one more row).
/// </summary>
internal static class SeedCheck
{
    private const string Compare =
        "SELECT emails = @emails::jsonb, phones = @phones::jsonb, tags = @tags, lifecycle_stage = @stage, version = 1, "
        + "search_text = @text, search_name = @name, emails::text, phones::text, search_text FROM contacts.contacts WHERE id = @id";

    public static async Task RunAsync(SearchClient client, string connectionString, Guid ownerId, CancellationToken cancellationToken)
    {
        var id = await client.CreateContactAsync(
            new
            {
                firstName = "Hélène",
                lastName = "Le Gall-Dupré",
                jobTitle = "Directrice achats",
                emails = new[] { new { address = "helene.le-gall@example.fr", label = (string?)"work", isPrimary = true }, new { address = "hld@gmail.com", label = (string?)null, isPrimary = false } },
                phones = new[] { new { number = "+33612345678", label = "mobile", isPrimary = true } },
                address = new { city = "Rennes", countryCode = "FR" },
                lifecycleStage = "Customer",
                source = "web",
                tags = new[] { "vip" },
            },
            cancellationToken);

        var details = SeedValues.Value(
            ContactDetails.Create(
                "Hélène",
                "Le Gall-Dupré",
                "Directrice achats",
                [SeedValues.Value(ContactEmail.Create("helene.le-gall@example.fr", "work", true), "email"), SeedValues.Value(ContactEmail.Create("hld@gmail.com", null, false), "email")],
                [SeedValues.Value(ContactPhone.Create(SeedValues.Value(PhoneNumber.FromE164("+33612345678"), "phone"), "mobile", true), "phone")],
                [],
                SeedValues.Value(PostalAddress.Create(null, null, "Rennes", null, "FR"), "address"),
                LifecycleStage.Customer,
                "web",
                ["vip"]),
            "contact");
        var contact = Contact.Create(details, ownerId, DateTimeOffset.UtcNow);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Compare, connection);
        command.Parameters.AddWithValue("emails", JsonSerializer.Serialize(contact.Emails));
        command.Parameters.AddWithValue("phones", JsonSerializer.Serialize(contact.Phones));
        command.Parameters.AddWithValue("tags", contact.Tags.ToArray());
        command.Parameters.AddWithValue("stage", contact.LifecycleStage.ToString());
        command.Parameters.AddWithValue("text", SearchText.ForContact(contact));
        command.Parameters.AddWithValue("name", SearchText.NameForContact(contact));
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException($"The contact {id} created through the API is not in contacts.contacts.");
        }

        var names = new[] { "emails", "phones", "tags", "lifecycle_stage", "version", "search_text", "search_name" };
        var different = names.Where((_, i) => !reader.GetBoolean(i)).ToList();
        if (different.Count > 0)
        {
            throw new InvalidOperationException(
                $"Seeded rows would differ from the API's in {string.Join(", ", different)}: the API stored emails {reader.GetString(7)}, "
                + $"phones {reader.GetString(8)}, search_text '{reader.GetString(9)}'.");
        }
    }
}

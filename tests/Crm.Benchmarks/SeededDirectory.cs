using Npgsql;

namespace Crm.Benchmarks;

/// <summary>
/// The seeded companies (id and name), the contacts linked to each, and every contact's id, read back from the
/// Contacts module's tables after their seeding, for deals to name.
/// </summary>
internal sealed class SeededDirectory
{
    private SeededDirectory(Guid[] companies, string[] companyNames, Dictionary<Guid, Guid[]> companyContacts, Guid[] contacts)
    {
        Companies = companies;
        CompanyNames = companyNames;
        CompanyContacts = companyContacts;
        Contacts = contacts;
    }

    public Guid[] Companies { get; }

    public string[] CompanyNames { get; }

    public Dictionary<Guid, Guid[]> CompanyContacts { get; }

    public Guid[] Contacts { get; }

    public static async Task<SeededDirectory> LoadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var companies = new List<Guid>();
        var names = new List<string>();
        await using (var command = new NpgsqlCommand("SELECT id, name FROM contacts.companies ORDER BY id", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                companies.Add(reader.GetGuid(0));
                names.Add(reader.GetString(1));
            }
        }

        var links = new Dictionary<Guid, List<Guid>>();
        await using (var command = new NpgsqlCommand("SELECT company_id, contact_id FROM contacts.contact_companies ORDER BY company_id, contact_id", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var company = reader.GetGuid(0);
                if (!links.TryGetValue(company, out var contactsOfCompany))
                {
                    links[company] = contactsOfCompany = [];
                }

                contactsOfCompany.Add(reader.GetGuid(1));
            }
        }

        var contacts = new List<Guid>();
        await using (var command = new NpgsqlCommand("SELECT id FROM contacts.contacts ORDER BY id", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                contacts.Add(reader.GetGuid(0));
            }
        }

        return new SeededDirectory([.. companies], [.. names], links.ToDictionary(l => l.Key, l => l.Value.ToArray()), [.. contacts]);
    }
}

using System.Diagnostics;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Persistence.Imports;
using Npgsql;

namespace Crm.Benchmarks;

/// <summary>
/// Fills <c>contacts.companies</c>, <c>contacts.contacts</c> and <c>contacts.contact_companies</c> by binary COPY from
/// the generators (contacts and their links through the module's <see cref="ContactCopy"/>, match columns included) (secondary indexes dropped meanwhile and rebuilt after), then runs ANALYZE. Keeps every k-th contact
/// as a sample for the queries.
/// </summary>
internal static class ContactsSeeder
{
    public const int Seed = 20261128;

    // Contacts written by one COPY: as the import writes a batch, through the module's own writer.
    private const int ChunkSize = 10_000;

    public static async Task<SeedResult> SeedAsync(
        string connectionString, Guid ownerId, int contacts, int companies, int samples, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await SeedIndexes.ExecuteAsync(connection, "SET synchronous_commit = off", cancellationToken);
        var indexes = await SeedIndexes.DropAsync(connection, cancellationToken);
        var fakers = new SeedFakers(Seed);

        var stopwatch = Stopwatch.StartNew();
        var companyIds = new List<CompanyId>(companies);
        var companyDomains = new Dictionary<CompanyId, string>(companies);
        var companyGenerator = new CompanyGenerator(fakers, ownerId);
        await using (var importer = await connection.BeginBinaryImportAsync(CompanyRows.Copy, cancellationToken))
        {
            for (var i = 0; i < companies; i++)
            {
                var company = companyGenerator.Next();
                companyIds.Add(company.Id);
                companyDomains[company.Id] = company.Domains[0];
                await CompanyRows.WriteAsync(importer, company, cancellationToken);
            }

            await importer.CompleteAsync(cancellationToken);
        }

        var companiesCopy = stopwatch.Elapsed;
        Progress($"{companies:N0} companies in {companiesCopy.TotalSeconds:F1} s");

        stopwatch.Restart();
        var kept = new List<SeededContact>(samples);
        var step = Math.Max(1, contacts / Math.Max(1, samples));
        var generator = new ContactGenerator(fakers, ownerId, companyIds, companyDomains);
        var links = 0;
        var chunk = new List<Contact>(ChunkSize);
        for (var i = 0; i < contacts; i++)
        {
            var contact = generator.Next();
            chunk.Add(contact);
            links += contact.Companies.Count;
            if (i % step == 0 && kept.Count < samples)
            {
                kept.Add(new SeededContact(contact.Id.Value, contact.LastName, contact.Emails[0].Address, contact.Phones[0].Number));
            }

            if (chunk.Count == ChunkSize || i == contacts - 1)
            {
                await ContactCopy.WriteAsync(connection, chunk, cancellationToken);
                chunk.Clear();
            }

            if ((i + 1) % 100_000 == 0)
            {
                Progress($"{i + 1:N0} contacts, {(i + 1) / stopwatch.Elapsed.TotalSeconds:N0}/s");
            }
        }

        var contactsCopy = stopwatch.Elapsed;
        Progress($"{contacts:N0} contacts ({links:N0} links to a company) in {contactsCopy.TotalSeconds:F1} s");

        stopwatch.Restart();
        await SeedIndexes.CreateAsync(connection, indexes, cancellationToken);
        var indexTime = stopwatch.Elapsed;
        Progress($"{indexes.Count} indexes rebuilt in {indexTime.TotalSeconds:F1} s");

        stopwatch.Restart();
        await SeedIndexes.ExecuteAsync(connection, "VACUUM ANALYZE contacts.companies, contacts.contacts, contacts.contact_companies", cancellationToken);
        return new SeedResult(contacts, companies, companiesCopy, contactsCopy, indexTime, stopwatch.Elapsed, kept);
    }

    private static void Progress(string message) => Console.WriteLine($"  seed: {message}");
}

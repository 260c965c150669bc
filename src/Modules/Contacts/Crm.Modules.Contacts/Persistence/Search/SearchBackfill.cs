using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Contacts.Persistence.Search;

/// <summary>
/// Writes the search columns of records saved before they existed (their name column is empty), at start-up after the
/// migrations. Written in place, so their version and ETag stay as they were.
/// </summary>
internal static class SearchBackfill
{
    private const int Batch = 500;

    public static async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContactsDbContext>();
        List<Contact> contacts;
        do
        {
            contacts = await db.Contacts.AsNoTracking().Where(c => EF.Property<string>(c, SearchColumns.Name) == string.Empty).Take(Batch).ToListAsync(cancellationToken);
            foreach (var contact in contacts)
            {
                var (text, name) = (SearchText.ForContact(contact), SearchText.NameForContact(contact));
                await db.Contacts.Where(c => c.Id == contact.Id).ExecuteUpdateAsync(
                    s => s.SetProperty(c => EF.Property<string>(c, SearchColumns.Text), text).SetProperty(c => EF.Property<string>(c, SearchColumns.Name), name),
                    cancellationToken);
            }
        }
        while (contacts.Count == Batch);

        List<Company> companies;
        do
        {
            companies = await db.Companies.AsNoTracking().Where(c => EF.Property<string>(c, SearchColumns.Name) == string.Empty).Take(Batch).ToListAsync(cancellationToken);
            foreach (var company in companies)
            {
                var (text, name) = (SearchText.ForCompany(company), SearchText.NameForCompany(company));
                await db.Companies.Where(c => c.Id == company.Id).ExecuteUpdateAsync(
                    s => s.SetProperty(c => EF.Property<string>(c, SearchColumns.Text), text).SetProperty(c => EF.Property<string>(c, SearchColumns.Name), name),
                    cancellationToken);
            }
        }
        while (companies.Count == Batch);
    }
}

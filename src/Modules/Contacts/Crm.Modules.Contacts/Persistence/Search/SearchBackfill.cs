using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Contacts.Persistence.Search;

/// <summary>
/// Writes the search columns of records saved before they existed (their name column is empty), at start-up after the
/// migrations, in id order (a name of symbols only stays empty, and is passed). Written in place, so their version and
/// ETag stay as they were.
/// </summary>
internal static class SearchBackfill
{
    private const int Batch = 500;

    public static async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContactsDbContext>();
        List<Contact> contacts;
        var afterContact = new ContactId(Guid.Empty);
        do
        {
            contacts = await db.Contacts.AsNoTracking()
                .Where(c => EF.Property<string>(c, SearchColumns.Name) == string.Empty && c.Id.CompareTo(afterContact) > 0)
                .OrderBy(c => c.Id).Take(Batch).ToListAsync(cancellationToken);
            foreach (var contact in contacts)
            {
                var (text, name) = (SearchText.ForContact(contact), SearchText.NameForContact(contact));
                await db.Contacts.Where(c => c.Id == contact.Id).ExecuteUpdateAsync(
                    s => s.SetProperty(c => EF.Property<string>(c, SearchColumns.Text), text).SetProperty(c => EF.Property<string>(c, SearchColumns.Name), name),
                    cancellationToken);
                afterContact = contact.Id;
            }
        }
        while (contacts.Count == Batch);

        List<Company> companies;
        var afterCompany = new CompanyId(Guid.Empty);
        do
        {
            companies = await db.Companies.AsNoTracking()
                .Where(c => EF.Property<string>(c, SearchColumns.Name) == string.Empty && c.Id.CompareTo(afterCompany) > 0)
                .OrderBy(c => c.Id).Take(Batch).ToListAsync(cancellationToken);
            foreach (var company in companies)
            {
                var (text, name) = (SearchText.ForCompany(company), SearchText.NameForCompany(company));
                await db.Companies.Where(c => c.Id == company.Id).ExecuteUpdateAsync(
                    s => s.SetProperty(c => EF.Property<string>(c, SearchColumns.Text), text).SetProperty(c => EF.Property<string>(c, SearchColumns.Name), name),
                    cancellationToken);
                afterCompany = company.Id;
            }
        }
        while (companies.Count == Batch);
    }
}

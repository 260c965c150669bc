using System.Linq.Expressions;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Domain.Imports;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.CustomFields;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.Imports;

/// <summary>The stored contacts, among those the importer can see, that rows match by their key: one query for a whole batch (through an index, but for a custom field).</summary>
internal sealed class ImportMatches(ContactsDbContext db)
{
    public async Task<Dictionary<string, Contact>> FindAsync(
        ImportSettings settings, IReadOnlyCollection<string> keys, VisibleOwners visible, bool track, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var values = keys.ToList();
        var contacts = (track ? db.Contacts : db.Contacts.AsNoTracking()).VisibleTo(visible);
        var matching = settings.MatchKey switch
        {
            MatchKey.Email => contacts.Where(c => values.Contains(EF.Property<string>(c, MatchColumns.Email))),
            MatchKey.Phone => contacts.Where(c => values.Contains(EF.Property<string>(c, MatchColumns.Phone))),
            MatchKey.CustomField => contacts.Where(HoldsOneOf(settings.MatchCustomField!, values)),
            _ => contacts.Where(c => values.Contains(c.ExternalId!)),
        };
        var found = await matching.OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var byKey = new Dictionary<string, Contact>(StringComparer.Ordinal);
        foreach (var contact in found)
        {
            var contactKey = settings.MatchKey switch
            {
                MatchKey.Email => MatchColumns.EmailOf(contact),
                MatchKey.Phone => MatchColumns.PhoneOf(contact),
                MatchKey.CustomField => contact.CustomFields.Get(settings.MatchCustomField!)?.GetValue<string>(),
                _ => contact.ExternalId,
            };
            if (contactKey is not null)
            {
                byKey.TryAdd(contactKey, contact);
            }
        }

        return byKey;
    }

    /// <summary>Contacts whose text value of custom field <paramref name="key"/> is one of <paramref name="values"/> (sent as one parameter).</summary>
    public static Expression<Func<Contact, bool>> HoldsOneOf(string key, List<string> values) => HoldsOneOf<string?>(CustomFieldSql.TextOf<Contact>(key), [.. values]);

    /// <summary>Contacts whose <paramref name="value"/> (a custom field read by <see cref="CustomFieldSql"/>) is one of <paramref name="values"/>, sent as one parameter.</summary>
    public static Expression<Func<Contact, bool>> HoldsOneOf<TValue>(Expression<Func<Contact, TValue>> value, List<TValue> values)
    {
        var list = Expression.Property(Expression.Constant(new Values<TValue>(values)), nameof(Values<TValue>.List));
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TValue)], list, value.Body);
        return Expression.Lambda<Func<Contact, bool>>(contains, value.Parameters);
    }

    private sealed record Values<TValue>(List<TValue> List);
}

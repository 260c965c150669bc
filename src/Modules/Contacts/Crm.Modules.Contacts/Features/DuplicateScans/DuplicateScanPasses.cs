using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Domain.DuplicateScans;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Contacts.Persistence.Search;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.DuplicateScans;

/// <summary>
/// The three passes of a duplicate scan over every contact (merged ones are hidden by the query filter), each read in
/// keyset batches so that memory holds one batch and the pairs found, never the base:
/// names block by block (contacts sorted by last then first name, a block being one last name), the contacts of each
/// company (sorted by name, which finds a typo in a last name), and contacts sharing a primary email or phone number.
/// </summary>
internal sealed class DuplicateScanPasses(ContactsDbContext db)
{
    public const int BatchSize = 2000;
    public const int CompanyBatchSize = 200;
    public const int KeyBatchSize = 1000;

    /// <summary>How many neighbours in name order a contact is compared with: what keeps a common last name linear.</summary>
    public const int WindowSize = 30;

    /// <summary>At most this many contacts of one shared email or phone join a group (a shared info@ address).</summary>
    public const int MaxPerSharedKey = 50;

    private static readonly (string Column, LikenessReasons Reason, double Score)[] SharedKeys =
    [
        (MatchColumns.Email, LikenessReasons.SameEmail, 1.0),
        (MatchColumns.Phone, LikenessReasons.SamePhone, 0.9),
    ];

    /// <summary>
    /// Whether two holders of one email or phone number may be one person: for an email, always (a last name changes on
    /// marriage, the address stays); for a number, see <see cref="NameLikeness.MayShareNumber"/>.
    /// </summary>
    private static bool MayBeOnePerson(string column, int holders, ScannedContact a, ScannedContact b) =>
        column == MatchColumns.Email || NameLikeness.MayShareNumber(a, b, theyAloneHoldIt: holders == 2);

    /// <summary>Pass 1: contacts in name order, each compared with the window of its last-name block.</summary>
    public async Task ByNameAsync(DuplicateGrouping grouping, Func<int, Task> batchDone, CancellationToken cancellationToken)
    {
        var window = new ComparisonWindow(WindowSize);
        string? afterName = null;
        var afterId = default(ContactId);
        while (true)
        {
            var contacts = db.Contacts.AsNoTracking();
            if (afterName is not null)
            {
                var name = afterName;
                var id = afterId;
                // Written as a range on the name first, so that the index on (search_name, id) starts where the last batch ended.
                contacts = contacts.Where(c => EF.Property<string>(c, SearchColumns.Name).CompareTo(name) >= 0
                    && (EF.Property<string>(c, SearchColumns.Name).CompareTo(name) > 0 || c.Id.CompareTo(id) > 0));
            }

            var batch = await contacts.OrderBy(c => EF.Property<string>(c, SearchColumns.Name)).ThenBy(c => c.Id)
                .Select(c => new
                {
                    c.Id,
                    c.FirstName,
                    c.LastName,
                    SortName = EF.Property<string>(c, SearchColumns.Name),
                    Companies = c.Companies.Select(l => l.CompanyId).ToList(),
                    Email = EF.Property<string?>(c, MatchColumns.Email),
                    Phone = EF.Property<string?>(c, MatchColumns.Phone),
                })
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            foreach (var row in batch)
            {
                var contact = ScannedContact.Of(row.Id.Value, row.FirstName, row.LastName, [.. row.Companies.Select(c => c.Value)], row.Email, row.Phone);
                foreach (var (other, likeness) in window.Add(contact, contact.Last))
                {
                    grouping.Add(other.Id, contact.Id, likeness);
                }
            }

            await batchDone(batch.Count);
            if (batch.Count < BatchSize)
            {
                return;
            }

            (afterName, afterId) = (batch[^1].SortName, batch[^1].Id);
        }
    }

    /// <summary>Pass 2: the contacts of each company, sorted by last then first name, each compared with its window.</summary>
    public async Task ByCompanyAsync(DuplicateGrouping grouping, Func<Task> batchDone, CancellationToken cancellationToken)
    {
        CompanyId? after = null;
        while (true)
        {
            var companies = db.Companies.AsNoTracking();
            if (after is { } last)
            {
                companies = companies.Where(c => c.Id.CompareTo(last) > 0);
            }

            var ids = await companies.OrderBy(c => c.Id).Select(c => c.Id).Take(CompanyBatchSize).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                return;
            }

            var members = await db.Contacts.AsNoTracking()
                .Where(c => c.Companies.Any(l => ids.Contains(l.CompanyId)))
                .Select(c => new
                {
                    c.Id,
                    c.FirstName,
                    c.LastName,
                    Companies = c.Companies.Select(l => l.CompanyId).ToList(),
                    Email = EF.Property<string?>(c, MatchColumns.Email),
                    Phone = EF.Property<string?>(c, MatchColumns.Phone),
                })
                .ToListAsync(cancellationToken);
            var byCompany = new Dictionary<CompanyId, List<ScannedContact>>();
            foreach (var row in members)
            {
                var contact = ScannedContact.Of(row.Id.Value, row.FirstName, row.LastName, [.. row.Companies.Select(c => c.Value)], row.Email, row.Phone);
                foreach (var company in row.Companies.Where(ids.Contains))
                {
                    if (!byCompany.TryGetValue(company, out var list))
                    {
                        byCompany[company] = list = [];
                    }

                    list.Add(contact);
                }
            }

            foreach (var list in byCompany.Values)
            {
                var window = new ComparisonWindow(WindowSize);
                foreach (var contact in list.OrderBy(c => c.Last, StringComparer.Ordinal).ThenBy(c => c.First, StringComparer.Ordinal).ThenBy(c => c.Id))
                {
                    foreach (var (other, likeness) in window.Add(contact, string.Empty))
                    {
                        grouping.Add(other.Id, contact.Id, likeness);
                    }
                }
            }

            await batchDone();
            after = ids[^1];
        }
    }

    /// <summary>
    /// Pass 3: contacts sharing a primary email (score 1) or a primary phone number (0.9), read by key with GROUP BY.
    /// A shared number pairs only contacts that may be one person (<see cref="MayBeOnePerson"/>): the colleagues a
    /// switchboard number is written on are not.
    /// </summary>
    public async Task BySharedKeysAsync(DuplicateGrouping grouping, Func<Task> batchDone, CancellationToken cancellationToken)
    {
        foreach (var (column, reason, score) in SharedKeys)
        {
            var after = string.Empty;
            while (true)
            {
                var from = after;
#pragma warning disable CA1309 // Translated to SQL: compared by the database's collation, as ORDER BY sorts the keys.
                var keys = await db.Contacts
                    .Where(c => EF.Property<string?>(c, column) != null && string.Compare(EF.Property<string>(c, column), from) > 0)
#pragma warning restore CA1309
                    .GroupBy(c => EF.Property<string>(c, column)).Where(g => g.Count() > 1)
                    .Select(g => g.Key).OrderBy(k => k).Take(KeyBatchSize).ToListAsync(cancellationToken);
                if (keys.Count == 0)
                {
                    break;
                }

                var members = await db.Contacts.AsNoTracking()
                    .Where(c => keys.Contains(EF.Property<string>(c, column)))
                    .Select(c => new { Key = EF.Property<string>(c, column), c.Id, c.FirstName, c.LastName })
                    .ToListAsync(cancellationToken);
                foreach (var shared in members.GroupBy(m => m.Key))
                {
                    var holders = shared.OrderBy(m => m.Id).Take(MaxPerSharedKey).Select(m => ScannedContact.Of(m.Id.Value, m.FirstName, m.LastName, [])).ToList();
                    for (var i = 1; i < holders.Count; i++)
                    {
                        // Paired with the oldest holder it may be, which joins it to that holder's group.
                        if (holders.Take(i).FirstOrDefault(earlier => MayBeOnePerson(column, holders.Count, earlier, holders[i])) is { } first)
                        {
                            grouping.Add(first.Id, holders[i].Id, new Likeness(score, reason));
                        }
                    }
                }

                await batchDone();
                if (keys.Count < KeyBatchSize)
                {
                    break;
                }

                after = keys[^1];
            }
        }
    }
}

using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Features.Duplicates;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Contacts.Persistence.Search;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.ListDuplicates;

internal sealed record DuplicateMember(Guid Id, string FirstName, string LastName, string? Email, string? Phone, DateTimeOffset CreatedAtUtc);

/// <summary>Contacts that share a primary email, a primary phone number, or a whole name: likely the same person.</summary>
internal sealed record DuplicateGroup(DuplicateReason Reason, string Key, double Score, IReadOnlyList<DuplicateMember> Contacts);

/// <summary>
/// The groups of likely duplicates among the contacts the caller sees, by reason then key, a page at a time. Each
/// reason is one GROUP BY over an indexed column, read in key order, so a page stops as soon as it is full.
/// </summary>
internal sealed record ListDuplicates(int? Limit, string? Cursor) : IQuery<Result<Page<DuplicateGroup>>>;

internal sealed class ListDuplicatesHandler(ContactsDbContext db, IRecordVisibility visibility) : IQueryHandler<ListDuplicates, Result<Page<DuplicateGroup>>>
{
    private const int MaxMembers = 20;

    private static readonly (DuplicateReason Reason, string Column, Func<Contact, string?> KeyOf, double Score)[] Keys =
    [
        (DuplicateReason.SameEmail, MatchColumns.Email, MatchColumns.EmailOf, 1.0),
        (DuplicateReason.SamePhone, MatchColumns.Phone, MatchColumns.PhoneOf, 0.9),
        (DuplicateReason.SameName, SearchColumns.Name, SearchText.NameForContact, 0.7),
    ];

    public async ValueTask<Result<Page<DuplicateGroup>>> Handle(ListDuplicates query, CancellationToken cancellationToken)
    {
        if (query.Limit is < 1)
        {
            return Error.Validation("paging.limit_invalid", $"limit must be between 1 and {PageRequest.MaxLimit}.");
        }

        DuplicateCursor? cursor = null;
        if (!string.IsNullOrEmpty(query.Cursor) && !DuplicateCursor.TryDecode(query.Cursor, out cursor))
        {
            return Error.Validation("paging.cursor_invalid", "cursor is not one this API returned: pass nextCursor from the previous page unchanged.");
        }

        var limit = Math.Min(query.Limit ?? PageRequest.DefaultLimit, PageRequest.MaxLimit);
        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Contacts, cancellationToken);
        var groups = new List<DuplicateGroup>();
        foreach (var (reason, column, keyOf, score) in Keys.Where(k => cursor is null || k.Reason >= cursor.Reason))
        {
            var after = cursor?.Reason == reason ? cursor.Key : string.Empty;
            var keys = await SharedKeysAsync(column, reason, after, visible, limit - groups.Count + 1, cancellationToken);
            var members = await db.Contacts.AsNoTracking().VisibleTo(visible)
                .Where(c => keys.Contains(EF.Property<string>(c, column)))
                .ToListAsync(cancellationToken);
            groups.AddRange(keys.Select(key => new DuplicateGroup(
                reason,
                key,
                score,
                [.. members.Where(c => keyOf(c) == key).OrderBy(c => c.CreatedAtUtc).ThenBy(c => c.Id).Take(MaxMembers).Select(Member)])));
            if (groups.Count > limit)
            {
                break;
            }
        }

        var page = groups.Take(limit).ToList();
        return new Page<DuplicateGroup>(page, groups.Count > limit ? new DuplicateCursor(page[^1].Reason, page[^1].Key).Encode() : null);
    }

    private Task<List<string>> SharedKeysAsync(string column, DuplicateReason reason, string after, VisibleOwners visible, int take, CancellationToken cancellationToken)
    {
#pragma warning disable CA1309 // Translated to SQL: compared by the database's collation, as ORDER BY sorts the keys.
        var contacts = db.Contacts.VisibleTo(visible).Where(c => EF.Property<string?>(c, column) != null && string.Compare(EF.Property<string>(c, column), after) > 0);
#pragma warning restore CA1309
        if (reason == DuplicateReason.SameName)
        {
            // A last name alone is shared by too many people to mean anything.
            contacts = contacts.Where(c => EF.Functions.Like(EF.Property<string>(c, column), "% %"));
        }

        return contacts.GroupBy(c => EF.Property<string>(c, column)).Where(g => g.Count() > 1)
            .Select(g => g.Key).OrderBy(k => k).Take(take).ToListAsync(cancellationToken);
    }

    private static DuplicateMember Member(Contact c) => new(
        c.Id.Value, c.FirstName, c.LastName, c.PrimaryEmail, c.PrimaryPhone is { } phone ? PhoneNumberReader.International(phone) : null, c.CreatedAtUtc);
}

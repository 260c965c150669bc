using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Domain.Segments;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Features.CustomFields;
using Crm.Modules.Contacts.Features.Search;
using Crm.Modules.Contacts.Features.Segments;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Filters;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.Filters;

/// <summary>
/// The contacts a list or an export is about: those the caller sees, in a segment when one is named (a dynamic one's
/// search and filters, a static one's members), found by a search and meeting filters when given.
/// </summary>
internal sealed class ContactSelection(ContactsDbContext db, SearchCandidates search, IRecordVisibility visibility, CustomFieldCatalog customFields, PhoneNumberReader phones)
{
    public async Task<ContactListFields> FieldsAsync(CancellationToken cancellationToken) =>
        new(await customFields.ForAsync(CustomFieldEntity.Contact, cancellationToken), phones, db.Provider);

    public async Task<Result<IQueryable<Contact>>> SelectAsync(string? query, IReadOnlyList<string>? filters, Guid? segmentId, CancellationToken cancellationToken)
    {
        var conditions = FilterSyntax.Parse(filters);
        if (!conditions.IsSuccess)
        {
            return conditions.Error;
        }

        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Contacts, cancellationToken);
        return await SelectAsync(query, conditions.Value, segmentId, visible, cancellationToken);
    }

    /// <summary>The same, for someone other than the caller (a background job working for the person who started it).</summary>
    public async Task<Result<IQueryable<Contact>>> SelectAsync(
        string? query, IReadOnlyList<FilterCondition> conditions, Guid? segmentId, VisibleOwners visible, CancellationToken cancellationToken)
    {
        var segment = segmentId is { } id ? await db.Segments.AsNoTracking().FirstOrDefaultAsync(s => s.Id == new SegmentId(id), cancellationToken) : null;
        if (segmentId is { } missing && segment is null)
        {
            return Error.NotFound("segment.not_found", $"No segment has the id {missing}.");
        }

        var contacts = (await search.ContactsHoldingAsync(query, cancellationToken)).AsNoTracking().VisibleTo(visible);
        var fields = await FieldsAsync(cancellationToken);
        if (segment is not null)
        {
            var inSegment = await InSegmentAsync(contacts, segment, fields, cancellationToken);
            if (!inSegment.IsSuccess)
            {
                return inSegment.Error;
            }

            contacts = inSegment.Value;
        }

        return fields.Apply(contacts, conditions);
    }

    private async Task<Result<IQueryable<Contact>>> InSegmentAsync(IQueryable<Contact> contacts, Segment segment, ContactListFields fields, CancellationToken cancellationToken)
    {
        if (segment.Kind == SegmentKind.Static)
        {
            return Result<IQueryable<Contact>>.Success(await StaticMembers.InAsync(db, contacts, segment.Id, cancellationToken));
        }

        if (segment.Search is { } segmentSearch)
        {
            var found = await search.ContactsHoldingAsync(segmentSearch, cancellationToken);
            contacts = contacts.Where(c => found.Any(f => f.Id == c.Id));
        }

        var conditions = segment.Filters.Select(StoredFilters.ToCondition).ToList();
        var filtered = fields.Apply(contacts, conditions);
        return filtered.IsSuccess
            ? filtered
            : Error.RuleBroken("segment.filter_invalid", $"Segment '{segment.Name}' no longer reads: {filtered.Error.Message} Change its filters.");
    }
}

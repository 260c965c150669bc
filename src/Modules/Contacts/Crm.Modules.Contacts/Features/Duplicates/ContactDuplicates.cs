using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Domain.DuplicateScans;
using Crm.Modules.Contacts.Features.Search;
using Crm.Modules.Contacts.Persistence.Search;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.Duplicates;

internal enum DuplicateReason
{
    SameEmail,
    SamePhone,
    SameName,
    SimilarNameSameCompany,
}

/// <summary>A contact that may be the same person, why, and how sure (1 is certain).</summary>
internal sealed record DuplicateCandidate(Guid Id, string Name, string? Email, IReadOnlyList<DuplicateReason> Reasons, double Score);

/// <summary>
/// The contacts the caller may see that look like the same person as <see cref="ContactDetails"/>: the same email
/// address (any case), the same phone number (whatever its form) with a first name that agrees (a number several
/// contacts hold is a switchboard, and only a namesake's), the same first and last name, or a similar name at the same
/// company. Contacts the caller cannot see are not told about.
/// </summary>
internal sealed class ContactDuplicates(SearchCandidates search, IRecordVisibility visibility)
{
    private const int MaxPerKey = 20;
    private const double SimilarName = 0.5;

    public static Error PossibleDuplicates(IReadOnlyList<DuplicateCandidate> candidates) =>
        new("contact.possible_duplicates", $"{candidates.Count} contact(s) may be the same person. Open one of them, or send ignoreDuplicates: true to save anyway.", ErrorKind.Conflict)
        {
            Extensions = new Dictionary<string, object?> { ["duplicates"] = candidates },
        };

    public async Task<IReadOnlyList<DuplicateCandidate>> FindAsync(ContactDetails details, ContactId? self, CancellationToken cancellationToken)
    {
        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Contacts, cancellationToken);
        var found = new Dictionary<ContactId, (Contact Contact, List<DuplicateReason> Reasons)>();
        void Add(Contact contact, DuplicateReason reason)
        {
            if (contact.Id == self)
            {
                return;
            }

            if (!found.TryGetValue(contact.Id, out var entry))
            {
                found[contact.Id] = entry = (contact, []);
            }

            if (!entry.Reasons.Contains(reason))
            {
                entry.Reasons.Add(reason);
            }
        }

        foreach (var email in details.Emails)
        {
            foreach (var contact in await HoldingAsync(email.Address, visible, cancellationToken))
            {
                if (contact.Emails.Any(e => string.Equals(e.Address, email.Address, StringComparison.OrdinalIgnoreCase)))
                {
                    Add(contact, DuplicateReason.SameEmail);
                }
            }
        }

        var named = ScannedContact.Of(Guid.Empty, details.FirstName, details.LastName, []);
        foreach (var phone in details.Phones)
        {
            var holders = (await HoldingAsync(phone.Number.TrimStart('+'), visible, cancellationToken))
                .Where(c => c.Id != self && c.Phones.Any(p => p.Number == phone.Number)).ToList();
            foreach (var contact in holders)
            {
                var holder = ScannedContact.Of(contact.Id.Value, contact.FirstName, contact.LastName, []);
                if (NameLikeness.MayShareNumber(named, holder, theyAloneHoldIt: holders.Count == 1))
                {
                    Add(contact, DuplicateReason.SamePhone);
                }
            }
        }

        // A first name alone would match too many people: names count only when both are given.
        if (details.FirstName.Length > 0 && details.LastName.Length > 0)
        {
            var name = SearchText.Normalise($"{details.FirstName} {details.LastName}");
            var companies = details.Companies.Select(c => c.CompanyId).ToHashSet();
            var similar = await (await search.ContactsLikeAsync(SearchQuery.From(name), cancellationToken)).AsNoTracking().VisibleTo(visible)
                .Take(SearchCandidates.Max).ToListAsync(cancellationToken);
            foreach (var contact in similar)
            {
                var theirs = SearchText.Normalise($"{contact.FirstName} {contact.LastName}");
                if (theirs == name)
                {
                    Add(contact, DuplicateReason.SameName);
                }
                else if (contact.Companies.Any(c => companies.Contains(c.CompanyId)) && SearchScore.Of(name, theirs, theirs) >= SimilarName)
                {
                    Add(contact, DuplicateReason.SimilarNameSameCompany);
                }
            }
        }

        return [.. found.Values
            .Select(f => new DuplicateCandidate(f.Contact.Id.Value, $"{f.Contact.FirstName} {f.Contact.LastName}".Trim(), f.Contact.PrimaryEmail, f.Reasons, Score(f.Reasons)))
            .OrderByDescending(c => c.Score)
            .Take(MaxPerKey)];
    }

    private static double Score(List<DuplicateReason> reasons)
    {
        var best = reasons.Max(r => r switch
        {
            DuplicateReason.SameEmail => 1.0,
            DuplicateReason.SamePhone => 0.9,
            DuplicateReason.SameName => 0.7,
            _ => 0.6,
        });
        return Math.Min(1, best + (0.1 * (reasons.Count - 1)));
    }

    // A text held by many (a short address inside longer ones) still finds the exact one among the first candidates.
    private async Task<List<Contact>> HoldingAsync(string text, VisibleOwners visible, CancellationToken cancellationToken) =>
        await (await search.ContactsHoldingAsync(text, cancellationToken)).AsNoTracking().VisibleTo(visible).Take(SearchCandidates.Max).ToListAsync(cancellationToken);
}

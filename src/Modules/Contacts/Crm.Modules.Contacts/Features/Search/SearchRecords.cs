using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Features.Companies;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Contacts.Persistence.Search;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.Search;

internal enum SearchResultKind
{
    Contact,
    Company,
}

/// <summary>A record found: what to call it, a line that tells it apart, and how well it answers (higher is better).</summary>
internal sealed record SearchResult(SearchResultKind Kind, Guid Id, string Title, string? Subtitle, double Score);

internal sealed record SearchResults(string Query, IReadOnlyList<SearchResult> Items);

/// <summary>
/// Contacts and companies the caller may see whose name, email, phone (in any usual form), domain or identifiers hold
/// <see cref="Q"/>, forgiving a typo, best first.
/// </summary>
internal sealed record SearchRecords(string? Q, int? Limit) : IQuery<Result<SearchResults>>;

internal sealed class SearchRecordsValidator : AbstractValidator<SearchRecords>
{
    public const int MaxLimit = 50;

    public SearchRecordsValidator()
    {
        RuleFor(q => q.Q).NotEmpty().WithMessage("Give something to search for in ?q=.").MaximumLength(SearchQuery.MaxLength);
        RuleFor(q => q.Limit).InclusiveBetween(1, MaxLimit);
    }
}

internal sealed class SearchRecordsHandler(SearchCandidates candidates, IRecordVisibility visibility)
    : IQueryHandler<SearchRecords, Result<SearchResults>>
{
    public async ValueTask<Result<SearchResults>> Handle(SearchRecords request, CancellationToken cancellationToken)
    {
        var query = SearchQuery.From(request.Q!);
        if (query.Text.Length == 0)
        {
            return new SearchResults(request.Q!, []);
        }

        var wanted = request.Limit ?? 10;
        var visibleContacts = await visibility.ForCurrentUserAsync(RecordTypes.Contacts, cancellationToken);
        var contacts = new Stages<Contact, ContactCandidate>(
            query,
            wanted,
            [
                () => Task.FromResult<IQueryable<Contact>?>(candidates.ContactsNamed(query)),
                async () => await candidates.ContactsHoldingAsync(query, cancellationToken),
                () => candidates.ContactsNamedLikeAsync(query, cancellationToken),
                async () => await candidates.ContactsLikeAsync(query, cancellationToken),
            ],
            async (records, take) => await records.AsNoTracking().VisibleTo(visibleContacts)
                .Select(c => new ContactCandidate(
                    c.Id,
                    c.FirstName,
                    c.LastName,
                    c.JobTitle,
                    EF.Property<string?>(c, MatchColumns.Email),
                    EF.Property<string?>(c, MatchColumns.Phone),
                    EF.Property<string>(c, SearchColumns.Name),
                    EF.Property<string>(c, SearchColumns.Text)))
                .Take(take).ToListAsync(cancellationToken),
            c => c.Id.Value);
        var visibleCompanies = await visibility.ForCurrentUserAsync(RecordTypes.Companies, cancellationToken);
        var companies = new Stages<Company, CompanyCandidate>(
            query,
            wanted,
            [
                () => Task.FromResult<IQueryable<Company>?>(candidates.CompaniesNamed(query)),
                async () => await candidates.CompaniesHoldingAsync(query, cancellationToken),
                () => candidates.CompaniesNamedLikeAsync(query, cancellationToken),
                async () => await candidates.CompaniesLikeAsync(query, cancellationToken),
            ],
            async (records, take) => await records.AsNoTracking().VisibleTo(visibleCompanies)
                .Select(c => new CompanyCandidate(c.Id, c.Name, c.Domains, c.Address.City, EF.Property<string>(c, SearchColumns.Name), EF.Property<string>(c, SearchColumns.Text)))
                .Take(take).ToListAsync(cancellationToken),
            c => c.Id.Value);
        await contacts.ExactAsync();
        await companies.ExactAsync();
        // A record found only by forgiving a typo ranks below any record holding the query: looked for when those are too few.
        if (contacts.Found.Count + companies.Found.Count < wanted)
        {
            await contacts.ForgivingAsync();
            await companies.ForgivingAsync();
        }

        var found = contacts.Found
            .Select(c => new SearchResult(
                SearchResultKind.Contact,
                c.Id.Value,
                $"{c.FirstName} {c.LastName}".Trim(),
                c.PrimaryEmail ?? (c.PrimaryPhone is { } phone ? PhoneNumberReader.International(phone) : c.JobTitle),
                SearchScore.Of(query.Text, c.Name, c.Text)))
            .Concat(companies.Found.Select(c => new SearchResult(
                SearchResultKind.Company,
                c.Id.Value,
                c.CompanyName,
                c.Domains.Count > 0 ? c.Domains[0] : c.City,
                SearchScore.Of(query.Text, c.Name, c.Text))))
            .Where(r => r.Score >= SearchScore.Threshold)
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Title, StringComparer.CurrentCultureIgnoreCase)
            .Take(wanted)
            .ToList();
        return new SearchResults(request.Q!, found);
    }

    /// <summary>
    /// The ways of <see cref="SearchCandidates"/> for one kind of record, each tried only while fewer than
    /// <paramref name="wanted"/> were found: the exact ways (names beginning with the query, texts holding it), then the
    /// forgiving ones (names beginning with a correction of it, where the database has them, and words like it), never
    /// for a short query or a phone number, whose digits are exact. A way with nothing to offer is null.
    /// </summary>
    private sealed class Stages<T, TCandidate>(
        SearchQuery query, int wanted, Func<Task<IQueryable<T>?>>[] ways, Func<IQueryable<T>, int, Task<List<TCandidate>>> read, Func<TCandidate, Guid> idOf)
    {
        private const int ExactWays = 2;

        public List<TCandidate> Found { get; } = [];

        public Task ExactAsync() => TryAsync(ways[..(query.IsShort ? 1 : ExactWays)]);

        public Task ForgivingAsync() => query.IsShort || query.IsPhoneNumber ? Task.CompletedTask : TryAsync(ways[ExactWays..]);

        private async Task TryAsync(Func<Task<IQueryable<T>?>>[] tried)
        {
            foreach (var way in tried)
            {
                if (Found.Count >= wanted)
                {
                    return;
                }

                if (await way() is { } records)
                {
                    // Every name beginning with the query scores the same (SearchScore): more than wanted would rank no better.
                    var take = way == ways[0] ? wanted : SearchCandidates.Max;
                    var seen = Found.Select(idOf).ToHashSet();
                    Found.AddRange((await read(records, take)).Where(c => !seen.Contains(idOf(c))));
                }
            }
        }
    }

    /// <summary>
    /// What a result shows of a contact, and what ranks it, read from plain columns: the primary email (in lower case)
    /// and phone from their match keys. Reading the email and phone lists instead would make EF Core load whole
    /// contacts, company links included.
    /// </summary>
    private sealed record ContactCandidate(ContactId Id, string FirstName, string LastName, string? JobTitle, string? PrimaryEmail, string? PrimaryPhone, string Name, string Text);

    private sealed record CompanyCandidate(CompanyId Id, string CompanyName, IReadOnlyList<string> Domains, string? City, string Name, string Text);
}

using Crm.Modules.Contacts.Features.Companies;
using Crm.Modules.Contacts.Features.Common;
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

        var visibleContacts = await visibility.ForCurrentUserAsync(RecordTypes.Contacts, cancellationToken);
        var contacts = await (await candidates.ContactsAsync(query, cancellationToken)).AsNoTracking().VisibleTo(visibleContacts)
            .Select(c => new { Record = c, Name = EF.Property<string>(c, SearchColumns.Name), Text = EF.Property<string>(c, SearchColumns.Text) })
            .Take(SearchCandidates.Max)
            .ToListAsync(cancellationToken);
        var visibleCompanies = await visibility.ForCurrentUserAsync(RecordTypes.Companies, cancellationToken);
        var companies = await (await candidates.CompaniesAsync(query, cancellationToken)).AsNoTracking().VisibleTo(visibleCompanies)
            .Select(c => new { Record = c, Name = EF.Property<string>(c, SearchColumns.Name), Text = EF.Property<string>(c, SearchColumns.Text) })
            .Take(SearchCandidates.Max)
            .ToListAsync(cancellationToken);

        var found = contacts
            .Select(c => new SearchResult(
                SearchResultKind.Contact,
                c.Record.Id.Value,
                $"{c.Record.FirstName} {c.Record.LastName}".Trim(),
                c.Record.PrimaryEmail ?? (c.Record.PrimaryPhone is { } phone ? PhoneNumberReader.International(phone) : c.Record.JobTitle),
                SearchScore.Of(query.Text, c.Name, c.Text)))
            .Concat(companies.Select(c => new SearchResult(
                SearchResultKind.Company,
                c.Record.Id.Value,
                c.Record.Name,
                c.Record.Domains.Count > 0 ? c.Record.Domains[0] : c.Record.Address.City,
                SearchScore.Of(query.Text, c.Name, c.Text))))
            .Where(r => r.Score >= SearchScore.Threshold)
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Title, StringComparer.CurrentCultureIgnoreCase)
            .Take(request.Limit ?? 10)
            .ToList();
        return new SearchResults(request.Q!, found);
    }
}

using Crm.Modules.Reporting.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Reporting.ContactsCreated;

internal sealed record ContactsCreatedOnDay(DateOnly Day, int Count);

internal sealed record ContactsCreatedReport(DateOnly From, DateOnly To, int Total, IReadOnlyList<ContactsCreatedOnDay> Days);

/// <summary>Contacts created per UTC day between two days included (default: the last 30 days).</summary>
internal sealed record GetContactsCreatedPerDay(DateOnly? From, DateOnly? To) : IQuery<Result<ContactsCreatedReport>>;

internal sealed class GetContactsCreatedPerDayHandler(ReportingDbContext db, TimeProvider time)
    : IQueryHandler<GetContactsCreatedPerDay, Result<ContactsCreatedReport>>
{
    private const int MaxDays = 366 * 5;

    public async ValueTask<Result<ContactsCreatedReport>> Handle(GetContactsCreatedPerDay query, CancellationToken cancellationToken)
    {
        var to = query.To ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var from = query.From ?? DateOnly.FromDayNumber(Math.Max(to.DayNumber - 29, DateOnly.MinValue.DayNumber));
        if (from > to)
        {
            return Error.Validation("report.period_invalid", $"from ({from:yyyy-MM-dd}) must not be after to ({to:yyyy-MM-dd}).");
        }

        if (to.DayNumber - from.DayNumber >= MaxDays)
        {
            return Error.Validation("report.period_too_long", $"A report covers at most {MaxDays} days.");
        }

        var days = await db.DailyContactsCreated.AsNoTracking()
            .Where(d => d.Day >= from && d.Day <= to)
            .OrderBy(d => d.Day)
            .Select(d => new ContactsCreatedOnDay(d.Day, d.Count))
            .ToListAsync(cancellationToken);
        return new ContactsCreatedReport(from, to, days.Sum(d => d.Count), days);
    }
}

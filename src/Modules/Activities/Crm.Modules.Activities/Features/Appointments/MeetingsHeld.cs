using Crm.Modules.Activities.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Activities.Features.Appointments;

/// <summary>
/// Tells other modules of the meetings that took place (<c>MeetingHeldIntegrationEvent</c>, through the outbox), as
/// their occurrences end. Run beside the reminders. Two processes may pick the same appointment: the version check on
/// saving lets one of them tell it, the other's change is dropped, so each occurrence is told once.
/// </summary>
internal sealed class MeetingsHeld(IServiceScopeFactory scopes, TimeProvider time)
{
    public const int BatchSize = 100;

    /// <summary>Tells of the occurrences ended by now; returns how many appointments were looked at.</summary>
    public async Task<int> RecordAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ActivitiesDbContext>();
            var now = time.GetUtcNow();
            var due = await db.Appointments.Include(a => a.Attendees)
                .Where(a => a.NextHeldAtUtc <= now)
                .OrderBy(a => a.NextHeldAtUtc)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            foreach (var appointment in due)
            {
                appointment.RecordHeld(now);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateConcurrencyException)
                {
                    // Changed or told by another process meanwhile: what it saved stands.
                    db.ChangeTracker.Clear();
                }
            }

            total += due.Count;
            if (due.Count < BatchSize)
            {
                return total;
            }
        }
    }
}

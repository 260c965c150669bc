using System.Globalization;
using System.Text;

namespace Crm.Benchmarks;

/// <summary>
/// Per phase: reminders, notifications, duplicates, misses, rows fired twice, stray notifications and fires; lateness
/// (<c>fired_at_utc − due_at_utc</c>, the dispatcher's instant, and the row's write − due) p50/p95/max; the rate; then
/// each host's share (rows and batches).
/// </summary>
internal static class ReminderTable
{
    public static string Render(IReadOnlyList<ReminderPhase> phases, TimeSpan pollInterval)
    {
        var table = new StringBuilder();
        table.AppendLine("duplicates: reminders with more than one notification; missed: never fired, or fired without a notification; fired twice: fired_at_utc written by two transactions");
        table.AppendLine("late: fired_at_utc − due_at_utc (the dispatcher's clock when it claimed the batch); written: when the row's fired mark was written (trigger, in the batch's transaction) − due; ms");
        table.AppendLine("claim→write: the row's write − fired_at_utc (the batch's work before it); drained in: from the first instant a row could fire (due and committed) to the last write;");
        table.AppendLine("busy: from the first claim to the last write, the rows per minute over it (for the burst, the dispatchers' capacity)");
        table.AppendLine(CultureInfo.InvariantCulture, $"{"phase",-7} {"reminders",9} {"notified",8} {"dupl.",5} {"missed",6} {"twice",5} {"stray",5} | {"late p50",8} {"p95",6} {"max",6} | {"written p50",11} {"p95",6} {"max",6} | {"claim→write p95",15} {"max",5} | {"drained in",10} {"per minute",10} | {"busy",7} {"per minute",10}");
        table.AppendLine(new string('-', 172));
        foreach (var phase in phases)
        {
            var fired = phase.Outcomes.Where(o => o.FiredAtUtc is not null).ToList();
            var notified = phase.Outcomes.Sum(o => o.Notifications);
            var duplicates = phase.Outcomes.Count(o => o.Notifications > 1);
            var missed = phase.Count - phase.Outcomes.Count(o => o.FiredAtUtc is not null && o.Notifications > 0);
            var twice = phase.Outcomes.Count(o => o.Fires > 1);
            var stray = phase.UnmatchedNotifications + phase.OtherRowsFired;
            var late = Stats(fired.Select(o => (o.FiredAtUtc!.Value - o.DueAtUtc).TotalMilliseconds));
            var written = Stats(phase.Outcomes.Where(o => o.WrittenAt is not null).Select(o => (o.WrittenAt!.Value - o.DueAtUtc).TotalMilliseconds));
            var lastWritten = phase.Outcomes.Max(o => o.WrittenAt);
            // From the first instant a row could fire (due and committed) to the last row's write.
            var start = phase.FirstDue > phase.VisibleAt ? phase.FirstDue : phase.VisibleAt;
            var drained = lastWritten is { } last ? last - start : (TimeSpan?)null;
            var perMinute = drained is { TotalSeconds: > 0 } span ? fired.Count / span.TotalMinutes : double.NaN;
            var work = Stats(phase.Outcomes.Where(o => o is { WrittenAt: not null, FiredAtUtc: not null }).Select(o => (o.WrittenAt!.Value - o.FiredAtUtc!.Value).TotalMilliseconds));
            var firstClaim = fired.Count > 0 ? fired.Min(o => o.FiredAtUtc!.Value) : (DateTimeOffset?)null;
            var busy = lastWritten is { } end && firstClaim is { } begin ? end - begin : (TimeSpan?)null;
            var busyPerMinute = busy is { TotalSeconds: > 0 } b ? fired.Count / b.TotalMinutes : double.NaN;
            table.AppendLine(
                CultureInfo.InvariantCulture,
                $"{phase.Name,-7} {phase.Count,9:N0} {notified,8:N0} {duplicates,5} {missed,6} {twice,5} {stray,5} | {late.Median,8:F0} {late.P95,6:F0} {late.Max,6:F0} | {written.Median,11:F0} {written.P95,6:F0} {written.Max,6:F0} | {work.P95,15:F0} {work.Max,5:F0} | "
                + $"{Seconds(drained),10} {perMinute,10:N0} | {Seconds(busy),7} {busyPerMinute,10:N0}");
        }

        table.AppendLine();
        table.AppendLine("per host: rows fired (batches, mean rows per batch)");
        foreach (var phase in phases)
        {
            var hosts = phase.Outcomes.Where(o => o.Host is not null).GroupBy(o => o.Host!).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g =>
                {
                    var batches = g.Select(o => o.Transaction).Distinct().Count();
                    return string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count():N0} ({batches:N0}, {(double)g.Count() / batches:F1})");
                });
            table.AppendLine(CultureInfo.InvariantCulture, $"  {phase.Name,-7} {string.Join(";  ", hosts)}");
        }

        table.AppendLine();
        foreach (var phase in phases)
        {
            var clean = phase.Outcomes.All(o => o.FiredAtUtc is not null && o.Notifications == 1 && o.Fires == 1)
                && phase.UnmatchedNotifications == 0 && phase.OtherRowsFired == 0 && !phase.TimedOut && phase.Outcomes.Count == phase.Count;
            var late = phase.Outcomes.Where(o => o.FiredAtUtc is not null).Select(o => o.FiredAtUtc!.Value - o.DueAtUtc).DefaultIfEmpty().Max();
            table.AppendLine(
                CultureInfo.InvariantCulture,
                $"{phase.Name}: {(clean ? "every reminder fired once, one notification each, nothing else fired" : "NOT CLEAN: see the columns above and the raw figures")}; "
                + $"latest {late.TotalSeconds:F2} s after due (poll interval {pollInterval.TotalSeconds:F0} s){(phase.TimedOut ? "; TIMED OUT" : string.Empty)}");
        }

        return table.ToString();
    }

    private static string Seconds(TimeSpan? span) => span is { } s ? s.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture) + " s" : "-";

    private static Statistics Stats(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? new Statistics(double.NaN, double.NaN, double.NaN, double.NaN) : Statistics.Of(list);
    }
}

using Crm.Shared.Kernel;
using Ical.Net;
using Ical.Net.DataTypes;

namespace Crm.Modules.Activities.Domain.Appointments;

/// <summary>The RFC 5545 recurrence rules appointments and tasks accept: daily to yearly, ending after COUNT, at UNTIL or never.</summary>
internal static class RecurrenceRules
{
    public const int MaxOccurrenceCount = 730;

    /// <summary>The rule without its <c>RRULE:</c> name, upper case; null for none; refused as <c>{subject}.recurrence_invalid</c>.</summary>
    public static Result<string?> Read(string? recurrence, string subject)
    {
        if (string.IsNullOrWhiteSpace(recurrence))
        {
            return (string?)null;
        }

        var text = recurrence.Trim().ToUpperInvariant();
        if (text.StartsWith("RRULE:", StringComparison.Ordinal))
        {
            text = text["RRULE:".Length..];
        }

        RecurrenceRule rule;
        try
        {
            rule = new RecurrenceRule(text);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException)
        {
            return Invalid(subject, $"'{recurrence}' is not an RFC 5545 recurrence rule: {ex.Message}");
        }

        if (rule.Frequency is not (FrequencyType.Daily or FrequencyType.Weekly or FrequencyType.Monthly or FrequencyType.Yearly))
        {
            return Invalid(subject, "Repeat daily, weekly, monthly or yearly (FREQ=DAILY|WEEKLY|MONTHLY|YEARLY).");
        }

        if (rule.Count is not null && rule.Until is not null)
        {
            return Invalid(subject, "A recurrence ends after COUNT occurrences or at UNTIL, not both.");
        }

        if (rule.Count is < 1 or > MaxOccurrenceCount)
        {
            return Invalid(subject, $"COUNT is between 1 and {MaxOccurrenceCount}.");
        }

        return text;
    }

    private static Error Invalid(string subject, string message) => Error.Validation($"{subject}.recurrence_invalid", message);
}

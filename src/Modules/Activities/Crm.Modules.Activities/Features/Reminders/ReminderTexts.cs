using System.Globalization;
using Crm.Modules.Activities.Domain.Reminders;

namespace Crm.Modules.Activities.Features.Reminders;

/// <summary>What a fired reminder says, in the user's language (<c>fr</c> | <c>en</c>) and time zone.</summary>
internal static class ReminderTexts
{
    public static string Title(string language, string subjectTitle) =>
        IsEnglish(language) ? $"Reminder: {subjectTitle}" : $"Rappel : {subjectTitle}";

    public static string Body(string language, string subjectType, DateTimeOffset dueAtUtc, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(dueAtUtc, zone);
        if (IsEnglish(language))
        {
            var what = subjectType == ReminderSubjects.Appointment ? "Appointment" : "Task";
            return $"{what} reminder set for {local.ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.GetCultureInfo("en-GB"))} ({zone.Id}).";
        }

        var quoi = subjectType == ReminderSubjects.Appointment ? "Rappel de rendez-vous" : "Rappel de tâche";
        return $"{quoi} prévu le {local.ToString("dddd d MMMM yyyy 'à' HH:mm", CultureInfo.GetCultureInfo("fr-FR"))} ({zone.Id}).";
    }

    public static string MailBody(string language, string displayName, string title, string body, string link) =>
        IsEnglish(language)
            ? $"Hello {displayName},\n\n{title}\n{body}\n\nOpen it: {link}\n"
            : $"Bonjour {displayName},\n\n{title}\n{body}\n\nPour l'ouvrir : {link}\n";

    private static bool IsEnglish(string language) => string.Equals(language, "en", StringComparison.OrdinalIgnoreCase);
}

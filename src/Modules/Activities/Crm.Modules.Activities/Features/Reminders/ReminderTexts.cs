using System.Globalization;
using Crm.Modules.Activities.Domain.Reminders;

namespace Crm.Modules.Activities.Features.Reminders;

/// <summary>What a fired reminder says, in the user's language (<c>fr</c> | <c>en</c>) and time zone.</summary>
internal static class ReminderTexts
{
    public static string Title(string language, string subjectTitle) =>
        IsEnglish(language) ? $"Reminder: {subjectTitle}" : $"Rappel : {subjectTitle}";

    /// <summary>A task's reminder tells when it was set for; an appointment's, when the appointment starts.</summary>
    public static string Body(string language, string subjectType, DateTimeOffset atUtc, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(atUtc, zone);
        var appointment = subjectType == ReminderSubjects.Appointment;
        if (IsEnglish(language))
        {
            var when = local.ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.GetCultureInfo("en-GB"));
            return appointment ? $"Appointment on {when} ({zone.Id})." : $"Task reminder set for {when} ({zone.Id}).";
        }

        var quand = local.ToString("dddd d MMMM yyyy 'à' HH:mm", CultureInfo.GetCultureInfo("fr-FR"));
        return appointment ? $"Rendez-vous le {quand} ({zone.Id})." : $"Rappel de tâche prévu le {quand} ({zone.Id}).";
    }

    public static string MailBody(string language, string displayName, string title, string body, string link) =>
        IsEnglish(language)
            ? $"Hello {displayName},\n\n{title}\n{body}\n\nOpen it: {link}\n"
            : $"Bonjour {displayName},\n\n{title}\n{body}\n\nPour l'ouvrir : {link}\n";

    private static bool IsEnglish(string language) => string.Equals(language, "en", StringComparison.OrdinalIgnoreCase);
}

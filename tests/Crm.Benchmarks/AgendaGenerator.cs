using System.Globalization;
using Crm.Modules.Activities.Domain.Appointments;
using Crm.Modules.Activities.Domain.Tasks;

namespace Crm.Benchmarks;

/// <summary>The random choices of one appointment, drawn first (cheap) so that appointments are built in order of creation.</summary>
internal readonly record struct AppointmentPlan(
    DateTimeOffset CreatedAt, int Organizer, int SecondUser, int Zone, DateOnly Day, int StartMinutes, int Minutes, int AllDayDays, int Count, bool Recurring,
    int Contacts, int Title, bool Cancelled, int Seed);

/// <summary>The random choices of one task, drawn first so that tasks are built in order of creation.</summary>
internal readonly record struct TaskPlan(DateTimeOffset CreatedAt, int Assignee, int Seed);

/// <summary>
/// Appointments and tasks as the application makes them (<see cref="AppointmentSchedule.Timed"/> or
/// <see cref="AppointmentSchedule.AllDayEvent"/>, <see cref="Appointment.Create"/>, <see cref="ActivityTask.Create"/>), so
/// that every derived column (the instants, the series' end, the attendees' copies) is the module's own. Spread over
/// about three years around now (a year and a half each side), on working days mostly, in varied IANA zones (Europe/Paris
/// three times in four): one appointment in ten repeats weekly (three in five with a COUNT of 4 to 52, the others without
/// end), one in twenty is an all-day event of one to three days, a third invite a second user, a third one or two
/// contacts, one in fifty is cancelled; invited users have answered (accepted, tentative or declined) two times in three.
/// Tasks are created up to now, due (a day, an instant or nothing) within a month of creation, done or cancelled mostly
/// when due in the past. Meetings that took place before now are told as held, as the host's loop would have done.
/// </summary>
internal sealed class AgendaGenerator(IReadOnlyList<Guid> users, IReadOnlyList<Guid> contacts, DateTimeOffset now)
{
    public static readonly string[] Zones =
        ["Europe/Paris", "Europe/London", "Europe/Berlin", "America/New_York", "America/Montreal", "Asia/Tokyo", "Indian/Reunion", "America/Martinique", "Africa/Casablanca"];

    public const string ViewZone = "Europe/Paris";

    /// <summary>Half the seeded span: appointments from a year and a half before now to a year and a half after.</summary>
    public static readonly TimeSpan HalfSpan = TimeSpan.FromDays(548);

    private static readonly string[] Titles =
    [
        "Rendez-vous client", "Point hebdomadaire", "Démonstration produit", "Déjeuner d'affaires", "Appel de suivi", "Revue du pipeline", "Comité de direction",
        "Formation", "Visite sur site", "Entretien annuel", "Négociation contrat", "Kick-off projet", "Atelier besoins", "Revue de compte", "Salon professionnel",
        "Congés", "Séminaire", "Point avec le support", "Présentation devis", "Signature",
    ];

    private static readonly string[] Places = ["Salle Eiffel", "Salle Garonne", "Bureau de Lyon", "Chez le client", "Visio", "Siège, 3e étage", "Restaurant Le Procope"];

    private static readonly string[] TaskTitles =
    [
        "Rappeler le client", "Envoyer la proposition", "Relancer le devis", "Préparer la démo", "Mettre à jour le CRM", "Envoyer le contrat", "Qualifier le lead",
        "Planifier un rendez-vous", "Répondre à l'appel d'offres", "Vérifier la facture",
    ];

    private static readonly int[] Lengths = [15, 30, 30, 45, 60, 60, 60, 90, 120];

    private static readonly string[] Days = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    public static List<AppointmentPlan> PlanAppointments(int count, int userCount, int contactCount, int seriesPercent, DateTimeOffset now, Random random)
    {
        var plans = new List<AppointmentPlan>(count);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        for (var i = 0; i < count; i++)
        {
            var organizer = random.Next(userCount);
            var second = userCount > 1 && random.Next(3) == 0 ? (organizer + 1 + random.Next(userCount - 1)) % userCount : -1;
            var zone = random.Next(4) == 0 ? 1 + random.Next(Zones.Length - 1) : 0;
            var day = today.AddDays(random.Next(-(int)HalfSpan.TotalDays, (int)HalfSpan.TotalDays + 1));
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && random.Next(5) != 0)
            {
                day = day.AddDays(day.DayOfWeek == DayOfWeek.Saturday ? -1 - random.Next(4) : 1 + random.Next(4));
            }

            var allDayDays = random.Next(20) == 0 ? 1 + random.Next(3) : 0;
            var recurring = random.Next(100) < seriesPercent;
            var countOfSeries = recurring && random.Next(5) < 3 ? 4 + random.Next(49) : 0;
            var start = (8 * 60) + (15 * random.Next(40));
            var minutes = Lengths[random.Next(Lengths.Length)];
            var contactsInvited = contactCount > 0 && random.Next(3) == 0 ? 1 + random.Next(2) : 0;
            // Created up to a month before it starts, never after now.
            var startsAt = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddMinutes(start);
            var created = startsAt - TimeSpan.FromMinutes(random.Next(60, 30 * 24 * 60));
            if (created > now)
            {
                created = now - TimeSpan.FromMinutes(random.Next(1, 7 * 24 * 60));
            }

            plans.Add(new AppointmentPlan(
                created, organizer, second, zone, day, start, minutes, allDayDays, countOfSeries, recurring, contactsInvited, random.Next(Titles.Length),
                random.Next(50) == 0, random.Next()));
        }

        plans.Sort((a, b) => a.CreatedAt.CompareTo(b.CreatedAt));
        return plans;
    }

    public static List<TaskPlan> PlanTasks(int count, int userCount, DateTimeOffset now, Random random)
    {
        var plans = new List<TaskPlan>(count);
        var span = (long)(HalfSpan.TotalMinutes * 1.4);
        for (var i = 0; i < count; i++)
        {
            plans.Add(new TaskPlan(now - TimeSpan.FromMinutes(random.NextInt64(1, span)), random.Next(userCount), random.Next()));
        }

        plans.Sort((a, b) => a.CreatedAt.CompareTo(b.CreatedAt));
        return plans;
    }

    public Appointment Build(AppointmentPlan plan)
    {
        var random = new Random(plan.Seed);
        var zone = Zones[plan.Zone];
        var recurrence = plan.Recurring
            ? $"FREQ=WEEKLY;BYDAY={Days[(int)plan.Day.DayOfWeek]}{(plan.Count > 0 ? string.Create(CultureInfo.InvariantCulture, $";COUNT={plan.Count}") : string.Empty)}"
            : null;
        var start = plan.Day.ToDateTime(TimeOnly.MinValue).AddMinutes(plan.StartMinutes);
        var schedule = SeedValues.Value(
            plan.AllDayDays > 0
                ? AppointmentSchedule.AllDayEvent(zone, plan.Day, plan.Day.AddDays(plan.AllDayDays - 1), recurrence, null)
                : AppointmentSchedule.Timed(zone, start, start.AddMinutes(plan.Minutes), recurrence, null),
            "appointment schedule");
        var organizer = users[plan.Organizer];
        var invitedContacts = new List<Guid>(plan.Contacts);
        for (var i = 0; i < plan.Contacts; i++)
        {
            invitedContacts.Add(contacts[random.Next(contacts.Count)]);
        }

        var related = invitedContacts.Count > 0 && random.Next(2) == 0 ? invitedContacts[0] : (Guid?)null;
        var video = random.Next(10) < 3 ? $"https://meet.example.com/{random.Next(100_000, 999_999)}" : null;
        var details = SeedValues.Value(
            AppointmentDetails.Create(
                Titles[plan.Title],
                random.Next(5) == 0 ? "Ordre du jour : tour de table, points ouverts, prochaines étapes." : null,
                random.Next(5) < 2 ? Places[random.Next(Places.Length)] : null,
                video,
                related is null ? null : "contact",
                related),
            "appointment details");
        var appointment = Appointment.Create(details, schedule, organizer, plan.SecondUser >= 0 ? [users[plan.SecondUser]] : [], invitedContacts, organizer, plan.CreatedAt);
        appointment.RemindBefore(appointment.AllDay ? [] : [15]);
        foreach (var attendee in appointment.Attendees.Where(a => !a.IsOrganizer).ToList())
        {
            var answer = random.Next(12);
            var response = answer < 6 ? AttendeeResponse.Accepted : answer < 7 ? AttendeeResponse.Tentative : answer < 8 ? AttendeeResponse.Declined : AttendeeResponse.NeedsAction;
            if (response != AttendeeResponse.NeedsAction && (attendee.Kind == AttendeeKind.User || random.Next(2) == 0))
            {
                var at = plan.CreatedAt + TimeSpan.FromMinutes(random.Next(5, 3 * 24 * 60));
                Succeed(appointment.Answer(attendee.Kind, attendee.AttendeeId, response, at < now ? at : now));
            }
        }

        if (plan.Cancelled)
        {
            Succeed(appointment.Cancel());
        }

        if (appointment.EndUtc <= now)
        {
            appointment.RecordHeld(now);
            appointment.ClearDomainEvents();
        }

        return appointment;
    }

    public ActivityTask Build(TaskPlan plan)
    {
        var random = new Random(plan.Seed);
        var assignee = users[plan.Assignee];
        var due = plan.CreatedAt + TimeSpan.FromMinutes(random.Next(60, 30 * 24 * 60));
        var kind = random.Next(20);
        DateOnly? dueDate = kind < 12 ? DateOnly.FromDateTime(due.UtcDateTime) : null;
        DateTimeOffset? dueAt = kind is >= 12 and < 17 ? new DateTimeOffset(due.UtcDateTime.Date.AddHours(7 + random.Next(10)), TimeSpan.Zero) : null;
        Guid? related = contacts.Count > 0 && random.Next(2) == 0 ? contacts[random.Next(contacts.Count)] : null;
        var priority = random.Next(5) switch { 0 => TaskPriority.Low, 1 => TaskPriority.High, _ => TaskPriority.Normal };
        var details = SeedValues.Value(
            TaskDetails.Create(
                TaskTitles[random.Next(TaskTitles.Length)], random.Next(4) == 0 ? "Voir l'historique des échanges avant d'appeler." : null, dueDate, dueAt, priority,
                related is null ? null : "contact", related),
            "task details");
        var task = ActivityTask.Create(details, assignee, TaskSource.User, assignee, plan.CreatedAt);
        var dueSoonest = dueAt ?? (dueDate is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : due);
        var closing = random.Next(20);
        if (dueSoonest < now ? closing < 16 : closing < 2)
        {
            var at = dueSoonest + TimeSpan.FromMinutes(random.Next(-3 * 24 * 60, 3 * 24 * 60));
            at = at < plan.CreatedAt ? plan.CreatedAt.AddMinutes(5) : at;
            Succeed(closing == 0 && dueSoonest < now ? task.Cancel() : task.Complete(assignee, at < now ? at : now));
            task.ClearDomainEvents();
        }

        return task;
    }

    private static void Succeed(Crm.Shared.Kernel.Result result)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"A generated change was refused: {result.Error!.Message}");
        }
    }
}

using Crm.Modules.Activities.Features.AnswerAppointment;
using Crm.Modules.Activities.Features.Appointments;
using Crm.Modules.Activities.Features.CalendarFeeds;
using Crm.Modules.Activities.Features.Calendars;
using Crm.Modules.Activities.Features.CancelAppointment;
using Crm.Modules.Activities.Features.CompleteTask;
using Crm.Modules.Activities.Features.CompleteTasks;
using Crm.Modules.Activities.Features.CreateAppointment;
using Crm.Modules.Activities.Features.CountUnreadNotifications;
using Crm.Modules.Activities.Features.CreateTask;
using Crm.Modules.Activities.Features.DeleteInteraction;
using Crm.Modules.Activities.Features.GetAppointment;
using Crm.Modules.Activities.Features.GetCalendar;
using Crm.Modules.Activities.Features.GetFreeBusy;
using Crm.Modules.Activities.Features.GetInteraction;
using Crm.Modules.Activities.Features.GetMyDay;
using Crm.Modules.Activities.Features.GetTask;
using Crm.Modules.Activities.Features.Interactions;
using Crm.Modules.Activities.Features.LeaveOutOccurrence;
using Crm.Modules.Activities.Features.ListAppointments;
using Crm.Modules.Activities.Features.ListInteractions;
using Crm.Modules.Activities.Features.ListTasks;
using Crm.Modules.Activities.Features.ListNotifications;
using Crm.Modules.Activities.Features.LogInteraction;
using Crm.Modules.Activities.Features.MarkAllNotificationsRead;
using Crm.Modules.Activities.Features.MarkNotificationRead;
using Crm.Modules.Activities.Features.Notifications;
using Crm.Modules.Activities.Features.Reminders;
using Crm.Modules.Activities.Features.ReopenTask;
using Crm.Modules.Activities.Features.StreamNotifications;
using Crm.Modules.Activities.Features.Tasks;
using Crm.Modules.Activities.Features.UpdateAppointment;
using Crm.Modules.Activities.Features.UpdateInteraction;
using Crm.Modules.Activities.Features.TickChecklistItem;
using Crm.Modules.Activities.Features.UpdateTask;
using Crm.Modules.Activities.IntegrationEventHandlers;
using Crm.Modules.Activities.IntegrationEvents;
using Crm.Modules.Activities.Persistence;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Messaging;
using Crm.Shared.Infrastructure.Modules;
using Crm.Shared.Infrastructure.Persistence;
using FluentValidation;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Activities;

/// <summary>Tasks, logged calls and visit reports, appointments and calendars. The module's only public type.</summary>
public sealed class ActivitiesModule : IModule
{
    internal const string Schema = "activities";

    public string Name => Schema;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ActivitiesDbContext>(Schema);
        services.AddSingleton<IIntegrationEventMapper<ActivitiesDbContext>, ActivitiesIntegrationEventMapper>();
        services.AddOptions<ActivitiesOptions>().Bind(configuration.GetSection(ActivitiesOptions.Section))
            .Validate(o => o.Language is "fr" or "en", "Activities:Language must be fr or en.")
            .ValidateOnStart();
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.Section))
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.BatchSize is > 0 and <= 1000, "Activities:Reminders needs a positive PollInterval and a BatchSize of 1 to 1000.")
            .Validate(
                o => o.FiredRetention >= TimeSpan.FromDays(1) && o.ReadNotificationRetention >= TimeSpan.FromDays(1) && o.PurgeInterval > TimeSpan.Zero,
                "Activities:Reminders keeps fired reminders and read notifications a day at least, and needs a positive PurgeInterval.")
            .ValidateOnStart();
        services.AddOptions<NotificationStreamOptions>().Bind(configuration.GetSection(NotificationStreamOptions.Section))
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.HeartbeatInterval > TimeSpan.Zero, "Activities:Notifications needs positive intervals.")
            .ValidateOnStart();
        services.AddScoped<ReminderSchedule>();
        services.AddScoped<TaskReminderPlanner>();
        services.AddScoped<NotificationSender>();
        services.AddSingleton<NotificationSignal>();
        services.AddSingleton<ReminderDispatcher>();
        services.AddSingleton<MeetingsHeld>();
        services.AddSingleton<ReminderPurge>();
        services.AddHostedService<ReminderRelay>();
        services.AddScoped<VisibleTaskLoader>();
        services.AddScoped<TaskRepetition>();
        services.AddScoped<VisibleInteractionLoader>();
        services.AddScoped<VisibleAppointmentLoader>();
        services.AddScoped<AppointmentInputReader>();
        services.AddScoped<AttendedOccurrences>();
        services.AddScoped<ConflictFinder>();
        services.AddScoped<CalendarPeople>();
        services.AddScoped<InvitationSender>();
        services.AddScoped<AppointmentReminders>();
        services.AddValidatorsFromAssemblyContaining<ActivitiesModule>(ServiceLifetime.Scoped, includeInternalTypes: true);
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<DealRottingConsumer>();
        bus.AddConsumer<OnboardingTaskPlannedConsumer>();
        bus.AddConsumer<UserTimeZoneChangedConsumer>();
        bus.AddConsumer<ContactsMergedConsumer>();
        bus.AddConsumer<CompaniesMergedConsumer>();
        bus.AddConsumer<ContactDeletedConsumer>();
        bus.AddConsumer<ContactsDeletedConsumer>();
        bus.AddConsumer<CompanyDeletedConsumer>();
        bus.AddConsumer<DealDeletedConsumer>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var tasks = endpoints.MapModuleGroup<ActivitiesDbContext>("tasks", "Tasks");
        ListTasksEndpoint.Map(tasks);
        GetMyDayEndpoint.Map(tasks);
        GetTaskEndpoint.Map(tasks);
        CreateTaskEndpoint.Map(tasks);
        UpdateTaskEndpoint.Map(tasks);
        TickChecklistItemEndpoint.Map(tasks);
        CompleteTasksEndpoint.Map(tasks);
        TaskActionEndpoint.Map(tasks, "complete", "Marks an open task done by you.", (id, version) => new CompleteTask(id, version));
        TaskActionEndpoint.Map(tasks, "reopen", "Opens a done or cancelled task again.", (id, version) => new ReopenTask(id, version));

        var interactions = endpoints.MapModuleGroup<ActivitiesDbContext>("interactions", "Interactions");
        ListInteractionsEndpoint.Map(interactions);
        GetInteractionEndpoint.Map(interactions);
        LogInteractionEndpoint.Map(interactions);
        UpdateInteractionEndpoint.Map(interactions);
        DeleteInteractionEndpoint.Map(interactions);

        var appointments = endpoints.MapModuleGroup<ActivitiesDbContext>("appointments", "Appointments");
        ListAppointmentsEndpoint.Map(appointments);
        GetAppointmentEndpoint.Map(appointments);
        CreateAppointmentEndpoint.Map(appointments);
        UpdateAppointmentEndpoint.Map(appointments);
        CancelAppointmentEndpoint.Map(appointments);
        LeaveOutOccurrenceEndpoint.Map(appointments);
        AnswerAppointmentEndpoint.Map(appointments);

        var calendar = endpoints.MapModuleGroup<ActivitiesDbContext>("calendar", "Calendar");
        GetCalendarEndpoint.Map(calendar);
        GetFreeBusyEndpoint.Map(calendar);
        CalendarFeedEndpoints.Map(calendar);

        var notifications = endpoints.MapModuleGroup<ActivitiesDbContext>("notifications", "Notifications");
        ListNotificationsEndpoint.Map(notifications);
        CountUnreadNotificationsEndpoint.Map(notifications);
        MarkNotificationReadEndpoint.Map(notifications);
        MarkAllNotificationsReadEndpoint.Map(notifications);
        StreamNotificationsEndpoint.Map(notifications);
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.MigrateModuleDatabaseAsync<ActivitiesDbContext>(cancellationToken);
}

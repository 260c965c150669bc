using Crm.Modules.Activities.Domain.Appointments;
using Crm.Modules.Activities.Domain.Calendars;
using Crm.Modules.Activities.Domain.Interactions;
using Crm.Modules.Activities.Domain.Notifications;
using Crm.Modules.Activities.Domain.Reminders;
using Crm.Modules.Activities.Domain.Tasks;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Activities.Persistence;

internal sealed class ActivitiesDbContext(DbContextOptions<ActivitiesDbContext> options) : ModuleDbContext(options, ActivitiesModule.Schema)
{
    public DbSet<ActivityTask> Tasks => Set<ActivityTask>();

    public DbSet<Interaction> Interactions => Set<Interaction>();

    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<AppointmentAttendee> AppointmentAttendees => Set<AppointmentAttendee>();

    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    public DbSet<Reminder> Reminders => Set<Reminder>();

    public DbSet<Notification> Notifications => Set<Notification>();
}

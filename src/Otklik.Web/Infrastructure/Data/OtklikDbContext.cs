using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Calendar;
using Otklik.Web.Features.Integrations;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Infrastructure.Identity;

namespace Otklik.Web.Infrastructure.Data;

// The model is shared; each provider has a subclass so that its migrations live apart.
public abstract class OtklikDbContext(DbContextOptions options)
    : IdentityDbContext<StaffUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<Department> Departments => Set<Department>();

    public DbSet<Employee> Employees => Set<Employee>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<StoredCalendarYear> CalendarYears => Set<StoredCalendarYear>();

    public DbSet<Appeal> Appeals => Set<Appeal>();

    public DbSet<Client> Clients => Set<Client>();

    public DbSet<RegistrationCounter> RegistrationCounters => Set<RegistrationCounter>();

    public DbSet<StoredDayRule> CalendarDays => Set<StoredDayRule>();

    public DbSet<AppealCoExecutor> AppealCoExecutors => Set<AppealCoExecutor>();

    public DbSet<AppealNotice> AppealNotices => Set<AppealNotice>();

    public DbSet<StaffReminder> StaffReminders => Set<StaffReminder>();

    public DbSet<ReceivedItem> ReceivedItems => Set<ReceivedItem>();

    public DbSet<Features.Retention.PurgedAppealStat> PurgedAppealStats => Set<Features.Retention.PurgedAppealStat>();

    public DbSet<Features.Appeals.Attachments.AppealAttachment> AppealAttachments =>
        Set<Features.Appeals.Attachments.AppealAttachment>();

    public DbSet<Features.Tracking.TrackingChallenge> TrackingChallenges => Set<Features.Tracking.TrackingChallenge>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(OtklikDbContext).Assembly);
    }
}

public sealed class SqliteOtklikDbContext(DbContextOptions<SqliteOtklikDbContext> options) : OtklikDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare DateTimeOffset text; a binary form keeps ordering and filtering in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class PostgresOtklikDbContext(DbContextOptions<PostgresOtklikDbContext> options)
    : OtklikDbContext(options);

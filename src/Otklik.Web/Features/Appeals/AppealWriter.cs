using System.Globalization;
using System.Security.Cryptography;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Appeals.Attachments;
using Otklik.Web.Features.Audit;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Appeals;

// A registration with everything decided that does not need the database: deadlines, cues, flags, files.
public sealed record PreparedAppeal(
    AppealIntake Intake, IntakeChannel Channel, string? IdempotencyKey, DateOnly Today, DateOnly AnswerDueOn,
    bool LateRegistration, bool AbuseSuspected, List<string> UrgencyReasons, int? DepartmentId,
    List<AppealAttachment> Attachments, Actor Actor);

// Writes registrations in one transaction: the clients (matched by contact or new), the numbers from the
// yearly counter, the appeals with their first history entry, the audit records and the receipt notices.
public sealed class AppealWriter(
    OtklikDbContext db, AuditLog audit, AppealNotifier notifier, TimeProvider time,
    Microsoft.Extensions.Options.IOptions<AppealsOptions> options, Notifications.NoticeTemplateStore templates)
{
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public async Task<IReadOnlyList<Appeal>> WriteAsync(IReadOnlyList<PreparedAppeal> batch)
    {
        await templates.RefreshAsync(db);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var clients = await KnownClientsAsync(batch);
        var numbers = await ReserveNumbersAsync(batch);
        var intakeDepartment = await db.Departments.Where(d => d.Name == options.Value.IntakeDepartment)
            .Select(d => (int?)d.Id).FirstOrDefaultAsync();
        var appeals = new List<Appeal>(batch.Count);

        foreach (var (item, sequence) in batch.Zip(numbers))
        {
            var appeal = Build(item, sequence, await MatchClientAsync(item.Intake, clients));

            // A message to a unit (IT, accounting…) goes straight to it; everything else to the appeals department.
            appeal.DepartmentId ??= intakeDepartment;
            appeals.Add(appeal);
        }

        await SaveAppealsAsync(appeals);
        foreach (var (item, appeal) in batch.Zip(appeals))
        {
            audit.Record("appeal.registered", nameof(Appeal), appeal.Id,
                new { appeal.RegistrationNumber, Channel = item.Channel.ToString(), appeal.Kind, appeal.AnswerDueOn },
                actor: item.Actor);
            notifier.Queue(appeal, Notifications.NoticeKinds.Receipt);
        }

        if (db.Database.IsSqlite())
        {
            await InsertAddedAsync<AuditEntry>();
            await InsertAddedAsync<AppealNotice>();
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return appeals;
    }

    // On SQLite the new rows go through prepared commands (see RowInserter); PostgreSQL takes EF Core's
    // batched inserts as they are.
    private async Task SaveAppealsAsync(List<Appeal> appeals)
    {
        if (!db.Database.IsSqlite())
        {
            db.Appeals.AddRange(appeals);
            await db.SaveChangesAsync();
            return;
        }

        await using var clientRows = new RowInserter<Client>(db);
        await using var appealRows = new RowInserter<Appeal>(db);
        await using var eventRows = new RowInserter<AppealEvent>(db);
        await using var fileRows = new RowInserter<AppealAttachment>(db);
        foreach (var client in appeals.Select(a => a.Client!).Where(c => c.Id == 0).Distinct())
        {
            await clientRows.InsertAsync(client);
        }

        foreach (var appeal in appeals)
        {
            appeal.ClientId = appeal.Client!.Id;
            await appealRows.InsertAsync(appeal);
            foreach (var e in appeal.Events)
            {
                e.AppealId = appeal.Id;
                await eventRows.InsertAsync(e);
            }

            foreach (var file in appeal.Attachments)
            {
                file.AppealId = appeal.Id;
                await fileRows.InsertAsync(file);
            }
        }
    }

    private async Task InsertAddedAsync<T>()
        where T : class
    {
        var added = db.ChangeTracker.Entries<T>().Where(e => e.State == EntityState.Added).ToList();
        await using var rows = new RowInserter<T>(db);
        foreach (var entry in added)
        {
            await rows.InsertAsync(entry.Entity);
            entry.State = EntityState.Detached;
        }
    }

    private Appeal Build(PreparedAppeal item, int sequence, Client client)
    {
        var appeal = new Appeal
        {
            RegistrationNumber = string.Create(CultureInfo.InvariantCulture, $"{item.Today.Year}-{sequence:000000}"),
            RegistrationYear = item.Today.Year,
            RegistrationSequence = sequence,
            Kind = item.Intake.Kind,
            IntakeChannel = item.Channel,
            ReceivedOn = item.Intake.ReceivedOn ?? item.Today,
            RegisteredAt = time.GetUtcNow(),
            RegisteredOn = item.Today,
            Client = client,
            Text = item.Intake.Text!.Trim(),
            NotifyBy = [.. item.Intake.NotifyBy.Distinct()],
            Status = AppealStatus.Registered,
            DepartmentId = item.DepartmentId,
            AnswerDueOn = item.AnswerDueOn,
            TrackingCode = RandomNumberGenerator.GetString(CodeAlphabet, 10),
            AbuseSuspected = item.AbuseSuspected,
            UrgencyReasons = item.UrgencyReasons,
            IdempotencyKey = item.IdempotencyKey,
            Attachments = item.Attachments,
        };
        appeal.Events.Add(new AppealEvent
        {
            At = appeal.RegisteredAt,
            Status = AppealStatus.Registered,
            ActorName = Actor.System.Name,
            Note = $"Зарегистрировано, канал: {AppealTexts.Channel(item.Channel)}"
                + (item.LateRegistration ? "; срок регистрации (3 дня с поступления) нарушен" : ""),
        });
        return appeal;
    }

    // The clients any registration of the batch may belong to, found with two queries for the whole batch
    // and keyed by "e:" + e-mail and "p:" + phone.
    private async Task<Dictionary<string, Client>> KnownClientsAsync(IReadOnlyList<PreparedAppeal> batch)
    {
        var emails = batch.Select(b => AppealIntakeService.Clean(b.Intake.Email)?.ToLowerInvariant())
            .OfType<string>().Distinct().ToList();
        var phones = batch.Select(b => AppealIntakeService.Digits(b.Intake.Phone)).OfType<string>().Distinct().ToList();
        var known = new Dictionary<string, Client>(StringComparer.Ordinal);
        foreach (var client in await db.Clients.Where(c => c.Email != null && emails.Contains(c.Email)).ToListAsync())
        {
            known.TryAdd("e:" + client.Email, client);
        }

        foreach (var client in await db.Clients.Where(c => c.Phone != null && phones.Contains(c.Phone)).ToListAsync())
        {
            known.TryAdd("p:" + client.Phone, client);
        }

        return known;
    }

    // Matching on an exact e-mail, then phone; a new client joins the known ones for the rest of the batch.
    private async Task<Client> MatchClientAsync(AppealIntake intake, Dictionary<string, Client> known)
    {
        var email = AppealIntakeService.Clean(intake.Email)?.ToLowerInvariant();
        var phone = AppealIntakeService.Digits(intake.Phone);
        Client? client = null;
        if ((email is not null && known.TryGetValue("e:" + email, out var found))
            || (phone is not null && known.TryGetValue("p:" + phone, out found)))
        {
            client = found;
        }

        if (client?.MergedIntoId is { } kept)
        {
            // The contact belongs to a record merged into another; the history lives there.
            client = await db.Clients.FirstAsync(c => c.Id == kept);
        }

        if (client is not null)
        {
            client.PostalAddress ??= AppealIntakeService.Clean(intake.PostalAddress);
            client.Email ??= email;
            client.Phone ??= phone;
        }

        client ??= new Client
        {
            Kind = intake.ClientKind,
            Name = intake.Name!.Trim(),
            Email = email,
            Phone = phone,
            PostalAddress = AppealIntakeService.Clean(intake.PostalAddress),
            CreatedAt = time.GetUtcNow(),
        };
        if (email is not null)
        {
            known.TryAdd("e:" + email, client);
        }

        if (phone is not null)
        {
            known.TryAdd("p:" + phone, client);
        }

        return client;
    }

    // One statement per year in the batch takes a whole range of numbers from the counter row.
    private async Task<List<int>> ReserveNumbersAsync(IReadOnlyList<PreparedAppeal> batch)
    {
        var next = new Dictionary<int, int>();
        foreach (var group in batch.GroupBy(b => b.Today.Year))
        {
            var (year, count) = (group.Key, group.Count());
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO "RegistrationCounters" ("Year", "Last") VALUES ({year}, 0) ON CONFLICT ("Year") DO NOTHING
                """);
            var last = await db.Database.SqlQuery<int>(
                    $"""
                    UPDATE "RegistrationCounters" SET "Last" = "Last" + {count} WHERE "Year" = {year}
                    RETURNING "Last" AS "Value"
                    """)
                .ToListAsync();
            next[year] = last[0] - count + 1;
        }

        return [.. batch.Select(b => next[b.Today.Year]++)];
    }
}

// Registrations that arrive together are written in one transaction: every commit waits for the disk, and
// every registration waits for the yearly counter row, so one commit for many pays both once. Each caller
// still gets its answer only after the commit that holds its appeal. If a batch fails, its registrations
// are retried one by one, so that one bad registration fails alone.
public sealed partial class RegistrationBatcher(IServiceScopeFactory scopes, ILogger<RegistrationBatcher> logger)
    : IDisposable
{
    private const int MaxBatch = 128;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new() { SingleReader = true });
    private readonly Lock _startLock = new();
    private Task? _loop;

    public Task<Appeal> SubmitAsync(PreparedAppeal appeal)
    {
        EnsureRunning();
        var pending = new Pending(appeal,
            new TaskCompletionSource<Appeal>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            pending.Done.SetException(new InvalidOperationException("Registration is shutting down."));
        }

        return pending.Done.Task;
    }

    public void Dispose() => _queue.Writer.TryComplete();

    private void EnsureRunning()
    {
        lock (_startLock)
        {
            // The loop outlives the request that starts it, so it must not carry that request's context.
            using (ExecutionContext.SuppressFlow())
            {
                _loop ??= Task.Run(RunAsync);
            }
        }
    }

    private async Task RunAsync()
    {
        while (await _queue.Reader.WaitToReadAsync())
        {
            var batch = new List<Pending>(MaxBatch);
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            if (await TryWriteAsync(batch) is { } failure && batch.Count > 1)
            {
                Log.BatchFailed(logger, batch.Count, failure);
                foreach (var single in batch)
                {
                    await TryWriteAsync([single]);
                }
            }
        }
    }

    private async Task<Exception?> TryWriteAsync(List<Pending> batch)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var written = await scope.ServiceProvider.GetRequiredService<AppealWriter>()
                .WriteAsync([.. batch.Select(b => b.Appeal)]);
            foreach (var (pending, appeal) in batch.Zip(written))
            {
                pending.Done.SetResult(appeal);
            }

            return null;
        }
        catch (Exception e)
        {
            if (batch.Count == 1)
            {
                batch[0].Done.SetException(e);
            }

            return e;
        }
    }

    private sealed record Pending(PreparedAppeal Appeal, TaskCompletionSource<Appeal> Done);

    private static partial class Log
    {
        [LoggerMessage(EventId = 3005, Level = LogLevel.Warning,
            Message = "A batch of {Count} registrations failed; writing them one by one")]
        public static partial void BatchFailed(ILogger logger, int count, Exception exception);
    }
}

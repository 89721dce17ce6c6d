using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Otklik.Calendar;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Calendar;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Appeals.Edms;

public sealed record EdmsRowError(int Line, string Message);

public sealed record EdmsReport(int Created, int Updated, IReadOnlyList<EdmsRowError> Errors);

// Import and export of registration records with the document-management system (R-EDMS). Imported
// records keep the number the other system gave them; they are marked by a zero yearly sequence, since
// Otklik's own counter did not issue them. A repeated import updates what it created before.
public sealed partial class EdmsExchange(
    OtklikDbContext db, AuditLog audit, CalendarCache calendar, TimeProvider time, ILogger<EdmsExchange> logger)
{
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd.MM.yyyy"];

    public async Task<EdmsReport> ImportAsync(TextReader reader, CancellationToken cancellationToken = default)
    {
        var engine = new DeadlineEngine(await calendar.GetAsync(cancellationToken));
        var departments = await db.Departments.AsNoTracking().ToListAsync(cancellationToken);
        var (created, updated, errors) = (new List<string>(), new List<string>(), new List<EdmsRowError>());

        foreach (var (line, row) in EdmsCsv.Read(reader))
        {
            var parsed = Parse(row, departments);
            if (parsed.Error is { } error)
            {
                errors.Add(new EdmsRowError(line, error));
                continue;
            }

            var outcome = await UpsertAsync(parsed.Record!, engine, cancellationToken);
            (outcome switch { "created" => created, "updated" => updated, _ => null })?.Add(parsed.Record!.Number);
            if (outcome.StartsWith("error:", StringComparison.Ordinal))
            {
                errors.Add(new EdmsRowError(line, outcome[6..]));
            }
        }

        audit.Record("appeal.edms-imported", nameof(Appeal), "edms",
            new { Created = created.Take(1000), Updated = updated.Take(1000), Errors = errors.Count });
        await db.SaveChangesAsync(cancellationToken);
        Log.Imported(logger, created.Count, updated.Count, errors.Count);
        return new EdmsReport(created.Count, updated.Count, errors);
    }

    public async Task<int> ExportAsync(TextWriter writer, DateOnly from, DateOnly to, CancellationToken token = default)
    {
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, token);
        var appeals = await db.Appeals.AsNoTracking().Include(a => a.Client)
            .Where(a => a.RegistrationSequence > 0 && a.RegisteredOn >= from && a.RegisteredOn <= to)
            .OrderBy(a => a.RegisteredOn).ThenBy(a => a.RegistrationSequence)
            .ToListAsync(token);

        EdmsCsv.Write(writer, appeals.Select(a => (IReadOnlyList<string?>)
        [
            a.RegistrationNumber, Iso(a.RegisteredOn), Iso(a.ReceivedOn), a.Kind.ToString(),
            a.IntakeChannel.ToString(), a.Client!.Kind.ToString(), a.Client.Name, a.Client.Email, a.Client.Phone,
            a.Client.PostalAddress, a.Text, a.Status.ToString(),
            a.DepartmentId is { } d ? departments.GetValueOrDefault(d) : null, Iso(a.EffectiveDueOn),
            a.ClosedAt is { } closed ? Iso(DateOnly.FromDateTime(closed.UtcDateTime)) : null,
        ]));
        audit.Record("appeal.edms-exported", nameof(Appeal), "edms",
            new { From = from, To = to, Count = appeals.Count });
        await db.SaveChangesAsync(token);
        return appeals.Count;
    }

    private async Task<string> UpsertAsync(EdmsRecord r, DeadlineEngine engine, CancellationToken token)
    {
        var existing = await db.Appeals.FirstOrDefaultAsync(a => a.RegistrationNumber == r.Number, token);
        if (existing is not null && existing.RegistrationSequence != 0)
        {
            return "error:номер уже занят обращением, зарегистрированным в Отклике";
        }

        var appeal = existing ?? await NewAsync(r, token);
        appeal.Status = r.Status;
        appeal.DepartmentId = r.DepartmentId ?? appeal.DepartmentId;
        appeal.AnswerDueOn = r.AnswerDue ?? engine.Compute(DeadlinePolicies.Answer, r.RegisteredOn).Date;
        appeal.ClosedAt = r.ClosedOn is { } closed
            ? new DateTimeOffset(closed.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : null;
        if (existing is null)
        {
            db.Appeals.Add(appeal);
        }

        await db.SaveChangesAsync(token);
        return existing is null ? "created" : "updated";
    }

    private async Task<Appeal> NewAsync(EdmsRecord r, CancellationToken token)
    {
        var email = r.Email?.ToLowerInvariant();
        var phone = r.Phone is null ? null : new string([.. r.Phone.Where(char.IsDigit)]);
        var client = (email is not null ? await db.Clients.FirstOrDefaultAsync(c => c.Email == email, token) : null)
            ?? (phone is { Length: > 0 } ? await db.Clients.FirstOrDefaultAsync(c => c.Phone == phone, token) : null)
            ?? new Client
            {
                Kind = r.ClientKind,
                Name = r.ClientName,
                Email = email,
                Phone = phone is { Length: > 0 } ? phone : null,
                PostalAddress = r.Address,
                CreatedAt = time.GetUtcNow(),
            };
        if (client.MergedIntoId is { } kept)
        {
            client = await db.Clients.FirstAsync(c => c.Id == kept, token);
        }

        var appeal = new Appeal
        {
            RegistrationNumber = r.Number,
            RegistrationYear = r.RegisteredOn.Year,
            RegistrationSequence = 0,
            Kind = r.Kind,
            IntakeChannel = r.Channel,
            ReceivedOn = r.ReceivedOn ?? r.RegisteredOn,
            RegisteredOn = r.RegisteredOn,
            RegisteredAt = new DateTimeOffset(r.RegisteredOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            Client = client,
            Text = r.Text,
            NotifyBy = [email is not null ? "email" : "post"],
            TrackingCode = RandomNumberGenerator.GetString(CodeAlphabet, 10),
        };
        appeal.Events.Add(new AppealEvent
        {
            At = time.GetUtcNow(),
            Status = r.Status,
            Action = "imported",
            ActorName = Actor.System.Name,
            Note = "Сведения о регистрации загружены из СЭД",
        });
        return appeal;
    }

    private static (EdmsRecord? Record, string? Error) Parse(
        IReadOnlyDictionary<string, string> row, List<Organisation.Department> departments)
    {
        string? Get(string column) => row.TryGetValue(column, out var v) && v.Length > 0 ? v : null;

        var number = Get("registration_number");
        if (number is null || number.Length > 20)
        {
            return (null, "registration_number: номер обязателен, до 20 символов");
        }

        if (Date(Get("registration_date")) is not { } registered)
        {
            return (null, "registration_date: дата обязательна, ГГГГ-ММ-ДД или ДД.ММ.ГГГГ");
        }

        if (Get("client_name") is not { Length: <= 300 } name || Get("text") is not { Length: <= 20_000 } text)
        {
            return (null, "client_name и text обязательны (до 300 и до 20 000 символов)");
        }

        var kind = AppealKind.Letter;
        var channel = IntakeChannel.Edms;
        var clientKind = ClientKind.Person;
        var status = Get("closed_date") is null ? AppealStatus.Registered : AppealStatus.Closed;
        if ((Get("kind") is { } k && !Enum.TryParse(k, true, out kind))
            || (Get("channel") is { } ch && !Enum.TryParse(ch, true, out channel))
            || (Get("client_kind") is { } ck && !Enum.TryParse(ck, true, out clientKind))
            || (Get("status") is { } st && !Enum.TryParse(st, true, out status)))
        {
            return (null, "kind, channel, client_kind или status: неизвестное значение (см. docs/edms-format.md)");
        }

        var department = Get("department");
        var departmentId = department is null
            ? null
            : departments.FirstOrDefault(d => d.Name == department || d.ShortName == department)?.Id;
        if (department is not null && departmentId is null)
        {
            return (null, $"department: отдел «{department}» не найден");
        }

        return (new EdmsRecord(number, registered, Date(Get("received_date")), kind, channel, clientKind, name,
            Get("client_email"), Get("client_phone"), Get("client_address"), text, status, departmentId,
            Date(Get("answer_due")), Date(Get("closed_date"))), null);
    }

    private static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record EdmsRecord(
        string Number, DateOnly RegisteredOn, DateOnly? ReceivedOn, AppealKind Kind, IntakeChannel Channel,
        ClientKind ClientKind, string ClientName, string? Email, string? Phone, string? Address, string Text,
        AppealStatus Status, int? DepartmentId, DateOnly? AnswerDue, DateOnly? ClosedOn);

    private static partial class Log
    {
        [LoggerMessage(EventId = 3201, Level = LogLevel.Information,
            Message = "EDMS import: {Created} created, {Updated} updated, {Errors} rows refused")]
        public static partial void Imported(ILogger logger, int created, int updated, int errors);
    }
}

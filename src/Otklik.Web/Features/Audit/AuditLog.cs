using System.Text.Json;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Audit;

// Adds the entry to the caller's unit of work, so it commits or rolls back with the change itself.
public sealed class AuditLog(OtklikDbContext db, TimeProvider time, IHttpContextAccessor http)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Record(
        string action, string entityType, object entityId, object? changes = null, string? reason = null,
        Actor? actor = null)
    {
        // Work done away from the request (a queued write) names the person it was done for.
        actor ??= Actor.From(http.HttpContext?.User);

        db.AuditEntries.Add(new AuditEntry
        {
            OccurredAt = time.GetUtcNow(),
            ActorId = actor.Id,
            ActorName = actor.Name,
            Action = action,
            EntityType = entityType,
            EntityId = Convert.ToString(entityId, System.Globalization.CultureInfo.InvariantCulture) ?? "?",
            Changes = changes is null ? null : JsonSerializer.Serialize(changes, JsonOptions),
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
        });
    }
}

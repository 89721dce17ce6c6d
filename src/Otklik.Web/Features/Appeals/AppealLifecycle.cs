namespace Otklik.Web.Features.Appeals;

public enum AppealAction
{
    Triage,
    Redirect,
    Start,
    Answer,
    Forward,
    NotConsider,
    ReturnForRework,
    Extend,
    Reassign,
    Close,
    SubmitAnswer,
    ReturnAnswer,
}

public enum AppealRole
{
    Head,
    Executor,
}

public sealed record LifecycleRule(IReadOnlyList<AppealStatus> From, AppealStatus? To, AppealRole Who);

// The lifecycle as a table: from which statuses an action may be taken, who takes it, where it leads
// (no target status means the status stays). A head may also take an executor's actions.
public static class AppealLifecycle
{
    private static readonly Dictionary<AppealAction, LifecycleRule> Rules = new()
    {
        [AppealAction.Triage] = new([AppealStatus.Registered], AppealStatus.Triaged, AppealRole.Head),
        [AppealAction.Redirect] = new([AppealStatus.Registered], null, AppealRole.Head),
        [AppealAction.Start] = new([AppealStatus.Triaged], AppealStatus.InProgress, AppealRole.Executor),
        [AppealAction.Answer] = new([AppealStatus.InProgress], AppealStatus.Answered, AppealRole.Executor),
        [AppealAction.Forward] = new(
            [AppealStatus.Triaged, AppealStatus.InProgress], AppealStatus.Forwarded, AppealRole.Executor),
        [AppealAction.NotConsider] = new(
            [AppealStatus.Triaged, AppealStatus.InProgress], AppealStatus.NotConsidered, AppealRole.Head),
        [AppealAction.ReturnForRework] = new([AppealStatus.Answered], AppealStatus.InProgress, AppealRole.Head),
        [AppealAction.Extend] = new([AppealStatus.Triaged, AppealStatus.InProgress], null, AppealRole.Head),
        [AppealAction.Reassign] = new(
            [AppealStatus.Triaged, AppealStatus.InProgress], AppealStatus.Triaged, AppealRole.Head),
        [AppealAction.SubmitAnswer] = new([AppealStatus.InProgress], null, AppealRole.Executor),
        [AppealAction.ReturnAnswer] = new([AppealStatus.InProgress], null, AppealRole.Head),
        [AppealAction.Close] = new(
            [AppealStatus.Answered, AppealStatus.Forwarded, AppealStatus.NotConsidered], AppealStatus.Closed,
            AppealRole.Head),
    };

    public static LifecycleRule For(AppealAction action) => Rules[action];

    public static bool IsOpen(AppealStatus status) =>
        status is AppealStatus.Registered or AppealStatus.Triaged or AppealStatus.InProgress;

    public static IReadOnlyList<AppealAction> Available(AppealStatus status, bool isHead, bool isExecutor) =>
        [.. Rules.Where(r => r.Value.From.Contains(status)
                && (isHead || (isExecutor && r.Value.Who == AppealRole.Executor)))
            .Select(r => r.Key)];

    public static string Code(AppealAction action) => action switch
    {
        AppealAction.Triage => "triaged",
        AppealAction.Redirect => "redirected",
        AppealAction.Start => "started",
        AppealAction.Answer => "answered",
        AppealAction.Forward => "forwarded",
        AppealAction.NotConsider => "not-considered",
        AppealAction.ReturnForRework => "returned",
        AppealAction.Extend => "extended",
        AppealAction.Reassign => "reassigned",
        AppealAction.SubmitAnswer => "answer-submitted",
        AppealAction.ReturnAnswer => "answer-returned",
        _ => "closed",
    };

    public static string Title(AppealAction action) => action switch
    {
        AppealAction.Triage => "Рассмотреть срочность и назначить исполнителя",
        AppealAction.Redirect => "Передать в другой отдел",
        AppealAction.Start => "Принять в работу",
        AppealAction.Answer => "Написать и отправить ответ",
        AppealAction.Forward => "Переадресовать по компетенции",
        AppealAction.NotConsider => "Не рассматривать по существу",
        AppealAction.ReturnForRework => "Вернуть на доработку",
        AppealAction.Extend => "Продлить срок",
        AppealAction.Reassign => "Сменить исполнителя",
        AppealAction.SubmitAnswer => "Отправить ответ на согласование",
        AppealAction.ReturnAnswer => "Вернуть ответ с замечаниями",
        _ => "Закрыть",
    };
}

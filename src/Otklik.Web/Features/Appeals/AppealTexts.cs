namespace Otklik.Web.Features.Appeals;

public static class AppealTexts
{
    public static string Kind(AppealKind kind) => kind switch
    {
        AppealKind.Letter => "Обращение (письмо)",
        AppealKind.Proposal => "Предложение",
        AppealKind.Complaint => "Жалоба",
        AppealKind.Application => "Заявление",
        AppealKind.MessageApplication => "Сообщение: заявление",
        AppealKind.MessageRequest => "Сообщение: запрос",
        AppealKind.MessageProposal => "Сообщение: предложение",
        AppealKind.MessageMemo => "Сообщение: служебная записка",
        _ => "Сообщение: уведомление",
    };

    // The kinds in the citizen's words, as the law defines them (59-FZ, article 4).
    public static string PortalKind(AppealKind kind) => kind switch
    {
        AppealKind.Application => "Заявление — прошу помочь реализовать моё право или сообщаю о нарушении закона",
        AppealKind.Complaint => "Жалоба — прошу восстановить или защитить мои нарушенные права",
        AppealKind.Proposal => "Предложение — как улучшить работу или законы",
        _ => "Вопрос или письмо",
    };

    public static string Status(AppealStatus status) => status switch
    {
        AppealStatus.Registered => "Зарегистрировано",
        AppealStatus.Triaged => "Рассмотрена срочность",
        AppealStatus.InProgress => "На рассмотрении у исполнителя",
        AppealStatus.Answered => "Дан ответ",
        AppealStatus.Forwarded => "Переадресовано",
        AppealStatus.NotConsidered => "Не рассматривается по существу",
        _ => "Закрыто",
    };

    public static string Channel(IntakeChannel channel) => channel switch
    {
        IntakeChannel.Portal => "портал",
        IntakeChannel.Api => "внешняя система",
        IntakeChannel.Paper => "письмо на бумаге",
        IntakeChannel.Phone => "телефон",
        IntakeChannel.InPerson => "личный приём",
        IntakeChannel.Edms => "СЭДД «Дело»",
        _ => "электронная почта",
    };

    // A step of the history in the client's words: no internal names, reasons or notes.
    public static string ForClient(AppealEvent e, Appeal appeal) => e.Action switch
    {
        "registered" => "обращение зарегистрировано",
        "triaged" => "назначен исполнитель и срок ответа",
        "redirected" => "обращение передано в профильный отдел министерства",
        "started" => "исполнитель приступил к рассмотрению",
        "answered" => "ответ подготовлен",
        "forwarded" => $"обращение направлено по компетенции: {appeal.Outcome}",
        "not-considered" => "обращение не рассматривается по существу из-за недопустимых выражений",
        "returned" => "ответ дорабатывается",
        "answer-submitted" or "answer-returned" => "ответ готовится",
        "extended" => $"срок ответа продлён до {appeal.AnswerDueOn:dd.MM.yyyy}",
        "reassigned" => "назначен другой исполнитель",
        "closed" => "рассмотрение завершено",
        _ => Status(e.Status).ToLowerInvariant(),
    };

    public static string NoticeState(NoticeState state) => state switch
    {
        Appeals.NoticeState.Pending => "ожидает отправки",
        Appeals.NoticeState.Sending => "отправляется",
        Appeals.NoticeState.Sent => "отправлено",
        Appeals.NoticeState.Uncertain => "неизвестно, дошло ли, — проверьте",
        _ => "не доставлено",
    };

    public static readonly IReadOnlyDictionary<string, string> NotifyChannels = new Dictionary<string, string>
    {
        ["email"] = "Электронная почта",
        ["sms"] = "СМС",
        ["phone"] = "Звонок по телефону",
        ["post"] = "Почтой",
        ["epgu"] = "Личный кабинет на Госуслугах",
        ["portal"] = "Личный кабинет на портале",
    };
}

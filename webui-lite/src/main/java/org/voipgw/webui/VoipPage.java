package org.voipgw.webui;

/** VoIP状態 (read-only): the SIP registration and the account, password masked (issue 5). */
final class VoipPage extends PageHandler {
    /** What stands for a set password: fixed length, so not even its length shows. */
    static final String MASK = "********";

    VoipPage(Web web) {
        super(web, "/voip");
    }

    @Override
    void get(Exchange ex) {
        RegistrationView r = web.device().registration();
        SipAccountView a = web.device().sipAccount();
        PageView v = new PageView(ex);
        ex.sendHtml(200, Pages.html(o -> JtevoipGenerated.render(o, null, v, r, a)));
    }
}

package org.stocktake.shared;

/**
 * The member signing in has a password and none could be asked for: the window asks for it in a dialog, the command
 * line says how to give one. Nothing was changed.
 */
public final class SignInNeededException extends NotAllowedException {
    private static final long serialVersionUID = 1L;

    public SignInNeededException(String sentence) {
        super(sentence);
    }
}

package dev.torrentd.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ShareLimitsTests {

	@Test
	void limitsAreGlobalNoneOrNonNegative() {
		assertThat(ShareLimits.useGlobal().ratioLimit()).isEqualTo(-2);
		new ShareLimits(-1, -1, -1, ShareLimitAction.DEFAULT);
		new ShareLimits(0.5, 0, 60, ShareLimitAction.REMOVE);
		assertThatIllegalArgumentException().isThrownBy(() -> new ShareLimits(-3, -2, -2, ShareLimitAction.STOP));
		assertThatIllegalArgumentException().isThrownBy(() -> new ShareLimits(-0.5, -2, -2, ShareLimitAction.STOP));
	}

	@Test
	void theGlobalActionMustBeARealAction() {
		assertThat(GlobalShareLimits.none().action()).isEqualTo(ShareLimitAction.STOP);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new GlobalShareLimits(1, -1, -1, ShareLimitAction.DEFAULT));
		assertThatIllegalArgumentException().isThrownBy(() -> new GlobalShareLimits(-2, -1, -1, ShareLimitAction.STOP));
	}

}

"""Which claims have their negative controls elsewhere, and which have none (and why).

Used by ``test_negative_controls.test_every_claim_covered``."""

#: Claims with no negative control, and why.
EXEMPT = {
    "tf.carnot.efficiency_gap": "by construction of our protocol: beta_C hbar omega_C = x_H + "
    "delta0/N makes eta_Car - eta = O(1/N) an input of the Result 3 protocol (the paper's "
    "Supplemental Material is not available), so the fitted slope -1 is not evidence that a "
    "control could refute; the fit itself is exercised by the controls of tf.carnot.power",
}


#: Claims whose negative controls live beside their own tests: claim id -> (test file, the name
#: of a test in it that feeds the claim, or its comparison, a wrong input and sees it fail).
ELSEWHERE = {
    **dict.fromkeys(
        [
            f"tf.{c}.{s}"
            for c in ("jump_operator", "sigma_z_rates", "slides_dissipator")
            for s in ("printed", "corrected")
        ],
        "test_tf_printed.py",
    ),  # fmt: skip
    **dict.fromkeys(
        [
            f"diosi.{c}.{s}"
            for c in ("stationary_state", "current_operator", "s5_current_operator")
            for s in ("printed", "corrected")
        ],
        "test_diosi_printed.py",
    ),  # fmt: skip
    **dict.fromkeys(["kytm.sa_gap.printed", "kytm.sa_gap.corrected"], "test_kamimura_printed.py"),
    "tf.result2.transient": "test_tf_transient.py",
    **dict.fromkeys(
        [
            "tf.heat_fluctuation.printed",
            "tf.heat_fluctuation.corrected",
            "tf.result1.nonnegative",
            "tf.defs.nondegenerate_bd_sd",
        ],
        "test_tf_heat_fluctuation.py",
    ),
    "ck.superlinear": "test_cakmak_growth.py",
    "tf.result2.incoherent_cost": "test_tf_incoherent.py",
    **dict.fromkeys(["kytm.family.exponents", "kytm.family.L_body"], "test_kamimura_family.py"),
    "kytm.transient.heat_budget": "test_kamimura_transient.py",
    **dict.fromkeys(
        [
            "kytm.broadband.bounds_hold",
            "kytm.broadband.constant_gap_exponents",
            "kytm.broadband.gap_growing_exponents",
            "kytm.parallel.bath_reading",
            "kytm.eq11.norm",
        ],
        "test_kamimura_bath_readings.py",
    ),
    **dict.fromkeys(
        ["kytm.even_L.closed_forms", "kytm.even_L.exponents", "kytm.even_L.bounds"],
        "test_kamimura_even_L.py",
    ),
    **dict.fromkeys(
        [
            "kytm.superabsorption.first_step_sign",
            "kytm.superabsorption.sign_independent",
            "kytm.superabsorption.extensive_bound2",
        ],
        "test_kamimura_superabsorption.py",
    ),
    "tf.carnot.activity_scaling": "test_tf_carnot_activity.py",
    "tf.carnot.entropy_production": "test_tf_carnot_activity.py",
    "tf.result4.rho_eq_bd": "test_tf_carnot_activity.py",
    **dict.fromkeys(
        ["ck.concl.nbar_zero_no_generation", "ck.concl.nbar_zero_no_survival"],
        "test_cakmak_vacuum.py",
    ),
    **dict.fromkeys(["ck.iv.monotone_in_time", "ck.iv.settling_f0"], "test_cakmak_settling.py"),
    **dict.fromkeys(
        [
            "ck.coherence.re_closed_form",
            "ck.coherence.re_superlinear_in_range",
            "ck.coherence.re_logarithmic",
        ],
        "test_cakmak_coherence_measures.py",
    ),
    **dict.fromkeys(
        ["ck.iv.sector_steady_states", "ck.iv.f0_all_initial_states"], "test_cakmak_sectors.py"
    ),
    **dict.fromkeys(
        ["tf.second_law.states", "tf.engine.first_law", "tf.engine.operates"], "test_tf_laws.py"
    ),
    **dict.fromkeys(
        ["ck.fig3.f0_gamma0_invisible", "ck.fig3.onset_nbar_gamma0"],
        "test_cakmak_dipolar_regime.py",
    ),
    **dict.fromkeys(
        [
            "tf.eq8.classical_half",
            "tf.classical_engine.power_advantage",
            "tf.fig4.beats_classical_engine",
            "tf.fig4.otto_efficiency",
            "tf.engine.entropy_per_cycle",
        ],
        "test_tf_classical_engine.py",
    ),
    **dict.fromkeys(
        [
            "kytm.steady_state.L3",
            "kytm.steady_state.bound1",
            "kytm.steady_state.second_law",
            "kytm.steady_state.fixed_temperature",
            "kytm.steady_state.superradiant_ladder",
            "kytm.engine.L3_power",
            "kytm.eq21.commuting",
        ],
        "test_kamimura_steady_state_claims.py",
    ),
    **dict.fromkeys(
        [
            f"tf.steady_state.{s}"
            for s in (
                "dissipationless",
                "asymptotic_constants",
                "incoherent_medium",
                "bounds",
                "reduction_exact",
            )
        ],
        "test_tf_steady_current.py",
    ),  # fmt: skip
    "tf.result2.scalings": "test_tf_result2.py",
    **dict.fromkeys(
        [
            "ck.iiib.unaffected_states",
            "ck.iiib.persist_with_bath",
            "ck.iiib.oscillations",
            "ck.limit.far_independent",
        ],
        "test_cakmak_dipolar_classes.py",
    ),  # fmt: skip
    "kytm.regime.unit_couplings": "test_kamimura_regime.py",
    **dict.fromkeys(
        [
            f"diosi.global.{s}"
            for s in ("second_law", "local_incorrect_weak_coupling", "secular_breakdown")
        ],
        "test_diosi_global.py",
    ),
    **dict.fromkeys(
        [
            "diosi.detuned.energy_exchange",
            "diosi.detuned.heat_direction",
            "diosi.strong_coupling",
        ],
        "test_diosi_detuned.py",
    ),
    **dict.fromkeys(["diosi.noise_average", "diosi.s1.current_vanishes"], "test_diosi_noise.py"),
    **dict.fromkeys(
        [
            f"ck.separation.{s}"
            for s in (
                "unique_thermal_state",
                "pair_lifetime",
                "lifetime_exponent",
                "fig3_strong_coupling",
                "fig3_weak_coupling",
            )
        ],
        "test_cakmak_separation.py",
    ),
    **dict.fromkeys(
        [f"tf.local_decay.{s}" for s in ("reduction_exact", "limit_power_saturates", "lifetime")],
        "test_tf_local_decay.py",
    ),
    "ck.fig4.exponential_fit": "test_negative_controls_cakmak.py",
    "ck.harvest.bath_temperature": "test_negative_controls_cakmak.py",
    **dict.fromkeys(
        ["tf.friction", "tf.ineq2.coherent", "tf.ineq3.coherent", "tf.ineq4.coherent"],
        "test_tf_friction.py",
    ),
    **dict.fromkeys(
        ["kytm.worst_case.bound1", "kytm.worst_case.bound2", "kytm.worst_case.outside_assumptions"],
        "test_kamimura_worst_case.py",
    ),
    **dict.fromkeys(
        [
            "ck.appendix_a.corrected",
            "ck.appendix_a.printed",
            "ck.eq19.derived",
            "ck.eq19.printed",
            "ck.eq27.derived",
            "ck.eq27.m_needs_lambda",
            "ck.eq27.printed_steady_state",
        ],
        "test_cakmak_heat_exchange.py",
    ),  # fmt: skip
    **dict.fromkeys(
        [
            "ck.iiia.x_state",
            "ck.frame.c_l1_invariant",
            "ck.iv.real_positive",
            "ck.eq28.printed",
            "ck.eq28.derived",
            "ck.eq28.no_drive_no_power",
        ],
        "test_cakmak_readings.py",
    ),
    **dict.fromkeys(
        ["ck.separation.large_N_exponent", "ck.separation.large_N_f_dependence"],
        "test_cakmak_separation_large.py",
    ),
}
